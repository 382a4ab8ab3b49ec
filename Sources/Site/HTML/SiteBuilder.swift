import Foundation
import LessonFormat
import Outcomes

/// Options of an HTML export.
public struct SiteOptions: Sendable {
    /// The course's name: the index page's heading and part of every page title.
    public var courseTitle: String
    /// Include reference solutions (instructor's edition); hidden checks are never included.
    public var withSolutions: Bool
    public var templates: SiteTemplates

    public init(courseTitle: String, withSolutions: Bool = false, templates: SiteTemplates = .standard) {
        self.courseTitle = courseTitle
        self.withSolutions = withSolutions
        self.templates = templates
    }
}

/// One file of a generated site: a path relative to the site folder, and its text.
public struct SiteFile: Hashable, Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Builds the static HTML course site: `index.html`, one page per lesson and `style.css`.
///
/// The output depends only on the lessons' results and the options (no dates, no timings,
/// lessons in the order given), so building twice gives byte-identical files. Nothing refers
/// to another host. Placeholders a custom `page.html` can use: `{{title}}` (the lesson's title),
/// `{{course}}`, `{{sidebar}}` (the lesson list with this lesson's sections),
/// `{{navigation}}` (previous / contents / next links) and `{{content}}` (the lesson); an
/// `index.html` can use `{{course}}` and `{{toc}}`. All values are HTML, already escaped.
public struct SiteBuilder: Sendable {
    public var options: SiteOptions

    public init(options: SiteOptions) {
        self.options = options
    }

    /// The site's files, sorted by path.
    public func build(_ lessons: [LessonResult]) -> [SiteFile] {
        let entries = Self.entries(for: lessons)
        var pageForMarkdownFile: [String: String] = [:]
        for entry in entries {
            let base = entry.result.lesson.file.split(separator: "/").last.map(String.init) ?? entry.result.lesson.file
            if pageForMarkdownFile[base] == nil { pageForMarkdownFile[base] = entry.page }
        }
        let course = HTMLEscaping.escape(options.courseTitle)
        var files: [SiteFile] = []

        for (position, entry) in entries.enumerated() {
            let page = LessonPage(result: entry.result, withSolutions: options.withSolutions,
                                  anchors: entry.anchors, pageForMarkdownFile: pageForMarkdownFile,
                                  fallbackTitle: entry.title)
            let previous = position > 0 ? entries[position - 1] : nil
            let next = position + 1 < entries.count ? entries[position + 1] : nil
            let html = Template(text: options.templates.page).render([
                "title": HTMLEscaping.escape(entry.title),
                "course": course,
                "sidebar": sidebar(entries, current: position),
                "navigation": navigation(previous: previous, next: next),
                "content": page.article(),
            ])
            files.append(SiteFile(path: entry.page, contents: html))
        }
        files.append(SiteFile(path: "index.html", contents: Template(text: options.templates.index).render([
            "course": course,
            "toc": SearchScript.form + tableOfContents(entries),
        ])))
        files.append(SiteFile(path: "style.css", contents: options.templates.style))
        files.append(SiteFile(path: SearchScript.indexFile,
                              contents: SearchIndex(entries: entries, withSolutions: options.withSolutions).script))
        files.append(SiteFile(path: SearchScript.scriptFile, contents: SearchScript.source))
        return files.sorted { $0.path < $1.path }
    }

    /// One self-contained page for a lesson's result, e.g. a student's feedback from grading:
    /// the style sheet is inlined and there is no sidebar or navigation. `header` is plain text
    /// shown above the lesson (a student's name, a score); it is escaped.
    public func standalonePage(_ result: LessonResult, header: String = "") -> String {
        guard let entry = Self.entries(for: [result]).first else { return "" }
        let page = LessonPage(result: result, withSolutions: options.withSolutions, anchors: entry.anchors,
                              pageForMarkdownFile: [:], fallbackTitle: entry.title)
        let headerHTML = header.isEmpty ? ""
            : "<p class=\"standalone-header\">" + HTMLEscaping.escape(header) + "</p>\n"
        return Template(text: DefaultTemplates.standalone).render([
            "title": HTMLEscaping.escape(header.isEmpty ? entry.title : entry.title + " · " + header),
            "style": options.templates.style,
            "header": headerHTML,
            "content": page.article(),
        ])
    }

    /// Builds the site and writes it into `directory` (created if needed), with the local images
    /// the lessons show; returns the paths written. Files of an earlier export that no longer
    /// exist are left alone. An image that may not or cannot be copied (see `imageFile`) is
    /// left out, and `skippedImage` hears why.
    @discardableResult
    public func write(_ lessons: [LessonResult], to directory: String,
                      skippedImage: (SiteError) -> Void = { _ in }) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SiteError("cannot create the site folder '\(directory)': \(error.localizedDescription)")
        }
        var written: [String] = []
        for file in build(lessons) {
            let path = (directory as NSString).appendingPathComponent(file.path)
            guard FileManager.default.createFile(atPath: path, contents: Data(file.contents.utf8)) else {
                throw SiteError("cannot write '\(path)'")
            }
            written.append(path)
        }
        for asset in Self.imageAssets(lessons) {
            let source: String
            switch Self.imageFile(asset.path, inLessonFolder: asset.lessonFolder) {
            case .success(let path): source = path
            case .failure(let reason): skippedImage(reason); continue
            }
            guard let data = FileManager.default.contents(atPath: source) else {
                skippedImage(SiteError("image '\(asset.path)' is not copied: it cannot be read"))
                continue
            }
            let destination = (directory as NSString).appendingPathComponent(asset.path)
            try? FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: destination, contents: data) else {
                throw SiteError("cannot write '\(destination)'")
            }
            written.append(destination)
        }
        return written
    }

    // MARK: Pages

    /// A lesson with its page name, title and heading anchors.
    struct Entry {
        var result: LessonResult
        var page: String
        var title: String
        var anchors: [Int: String]
    }

    /// Page names are unique: a second `01-intro.md` (from another folder) becomes
    /// `01-intro-2.html`, and a lesson called `index` does not overwrite the index.
    static func entries(for lessons: [LessonResult]) -> [Entry] {
        var used: Set<String> = ["index", "style", "search", "search-index"]
        return lessons.map { result in
            let stem = Slugs.pageStem(forLessonFile: result.lesson.file)
            var candidate = stem
            var counter = 2
            while used.contains(candidate.lowercased()) {
                candidate = "\(stem)-\(counter)"
                counter += 1
            }
            used.insert(candidate.lowercased())
            let title = result.lesson.title.flatMap { $0.isEmpty ? nil : $0 } ?? stem
            return Entry(result: result, page: candidate + ".html", title: title,
                         anchors: Slugs.headingAnchors(result.lesson))
        }
    }

    private func sidebar(_ entries: [Entry], current: Int) -> String {
        var html = "<p class=\"course-title\"><a href=\"index.html\">" + HTMLEscaping.escape(options.courseTitle) + "</a></p>\n"
        html += SearchScript.form
        html += "<ol class=\"lessons\">\n"
        for (position, entry) in entries.enumerated() {
            let link = HTMLEscaping.escape(entry.page)
            if position == current {
                html += "<li class=\"current\"><a href=\"\(link)\" aria-current=\"page\">" + HTMLEscaping.escape(entry.title) + "</a>"
                html += sectionList(entry, pagePrefix: "")
                html += "</li>\n"
            } else {
                html += "<li><a href=\"\(link)\">" + HTMLEscaping.escape(entry.title) + "</a></li>\n"
            }
        }
        return html + "</ol>"
    }

    /// The lesson's level-2 and level-3 headings as a list of links.
    private func sectionList(_ entry: Entry, pagePrefix: String) -> String {
        let headings = entry.result.lesson.items.compactMap { item -> (level: Int, content: [MarkdownInline], line: Int)? in
            guard case .prose(.heading(let level, let content, let line)) = item, level == 2 || level == 3 else { return nil }
            return (level, content, line)
        }
        guard !headings.isEmpty else { return "" }
        var html = "\n<ul class=\"sections\">\n"
        for heading in headings {
            let anchor = entry.anchors[heading.line] ?? Slugs.anchor(MarkdownInline.plainText(heading.content))
            html += "<li class=\"level-\(heading.level)\"><a href=\"" + HTMLEscaping.escape(pagePrefix + "#" + anchor) + "\">"
                + LessonPage.headingHTML(heading.content) + "</a></li>\n"
        }
        return html + "</ul>\n"
    }

    private func navigation(previous: Entry?, next: Entry?) -> String {
        var html = "<nav class=\"pager\" aria-label=\"Lesson navigation\">\n"
        if let previous {
            html += "<a class=\"prev\" rel=\"prev\" href=\"" + HTMLEscaping.escape(previous.page) + "\">← "
                + HTMLEscaping.escape(previous.title) + "</a>\n"
        } else {
            html += "<span class=\"prev\"></span>\n"
        }
        html += "<a class=\"up\" href=\"index.html\">Contents</a>\n"
        if let next {
            html += "<a class=\"next\" rel=\"next\" href=\"" + HTMLEscaping.escape(next.page) + "\">"
                + HTMLEscaping.escape(next.title) + " →</a>\n"
        } else {
            html += "<span class=\"next\"></span>\n"
        }
        return html + "</nav>"
    }

    private func tableOfContents(_ entries: [Entry]) -> String {
        var html = "<ol>\n"
        for entry in entries {
            html += "<li><a href=\"" + HTMLEscaping.escape(entry.page) + "\">" + HTMLEscaping.escape(entry.title) + "</a>"
            let errors = entry.result.errors.count
            if errors > 0 {
                html += "<span class=\"lesson-status fail\">\(errors) \(errors == 1 ? "error" : "errors")</span>"
            }
            html += sectionList(entry, pagePrefix: entry.page)
            html += "</li>\n"
        }
        return html + "</ol>"
    }
}
