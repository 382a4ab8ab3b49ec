import Foundation
import LessonFormat
import Outcomes

/// The site's offline search index (`search-index.js`): every section of every lesson — a
/// lesson's top, then each heading — with its heading, an excerpt, and the words of its
/// heading, prose and shown code.
///
/// It is compact (each word once, with the numbers of the sections it occurs in) and
/// deterministic (sections in course order, words sorted), and it is a script rather than JSON
/// so that a site opened from disk (`file://`), where pages may not fetch files, can search too.
/// Only what the page shows is indexed: no solution without `withSolutions`, no hidden check,
/// no code of a hidden cell.
struct SearchIndex {
    struct Section {
        var link: String
        var heading: String
        var lesson: String
        var excerpt: String
        var words: Set<String>
    }

    private(set) var sections: [Section] = []

    init(entries: [SiteBuilder.Entry], withSolutions: Bool) {
        for entry in entries {
            let page = LessonPage(result: entry.result, withSolutions: withSolutions, anchors: entry.anchors,
                                  pageForMarkdownFile: [:], fallbackTitle: entry.title)
            var current = Section(link: entry.page, heading: entry.title, lesson: entry.title, excerpt: "", words: [])
            var prose = ""
            var tookTitle = false
            func finish() {
                current.excerpt = Self.excerpt(prose)
                current.words.formUnion(Self.words(in: current.heading + " " + prose))
                if !current.words.isEmpty { sections.append(current) }
                prose = ""
            }
            for item in entry.result.lesson.items {
                switch item {
                case .prose(.heading(let level, let content, let line)):
                    let text = Self.plainText(content)
                    if level == 1, !tookTitle, current.link == entry.page, prose.isEmpty {
                        tookTitle = true  // the title heading names the lesson's first section
                        current.heading = text
                        continue
                    }
                    finish()
                    current = Section(link: entry.page + "#" + (entry.anchors[line] ?? Slugs.anchor(text)), heading: text,
                                      lesson: entry.title, excerpt: "", words: [])
                case .prose(let block):
                    prose += Self.plainText(block) + " "
                case .cell(let cell):
                    if page.isShown(cell.kind), cell.kind != .hidden { current.words.formUnion(Self.words(in: cell.code)) }
                }
            }
            finish()
        }
    }

    /// The index as a script defining `lecternSearchIndex`: `sections` as [link, heading,
    /// lesson, excerpt] and `words` as word → section numbers.
    var script: String {
        var postings: [String: [Int]] = [:]
        for (number, section) in sections.enumerated() {
            for word in section.words { postings[word, default: []].append(number) }
        }
        var out = "var lecternSearchIndex = {\"sections\":[\n"
        out += sections.map { section in
            "[" + [section.link, section.heading, section.lesson, section.excerpt].map(Self.jsonString).joined(separator: ",") + "]"
        }.joined(separator: ",\n")
        out += "\n],\"words\":{\n"
        out += postings.keys.sorted().map { word in
            Self.jsonString(word) + ":[" + postings[word, default: []].map(String.init).joined(separator: ",") + "]"
        }.joined(separator: ",\n")
        return out + "\n}};\n"
    }

    /// Lower-cased words of two or more letters or digits; an identifier also gives its
    /// camel-case parts, so `learningRate` is found by "learning", "rate" and "learningrate".
    static func words(in text: String) -> Set<String> {
        var found: Set<String> = []
        var word = ""
        func flush() {
            defer { word = "" }
            guard word.count >= 2 else { return }
            found.insert(word.lowercased())
            var part = ""
            for character in word {
                if character.isUppercase, let last = part.last, last.isLowercase || last.isNumber {
                    if part.count >= 2 { found.insert(part.lowercased()) }
                    part = ""
                }
                part.append(character)
            }
            if part.count >= 2 { found.insert(part.lowercased()) }
        }
        for character in text {
            if character.isLetter || character.isNumber { word.append(character) } else { flush() }
        }
        flush()
        return found
    }

    /// The readable text of a prose block, maths as the terminal shows it (`θ ← θ − η∇L`).
    static func plainText(_ block: MarkdownBlock) -> String {
        switch block {
        case .heading(_, let content, _), .paragraph(let content): return plainText(content)
        case .blockQuote(let children): return children.map(plainText).joined(separator: " ")
        case .list(_, _, _, let items): return items.flatMap { $0.map(plainText) }.joined(separator: " ")
        case .codeBlock(_, let code): return code
        case .displayMath(let latex): return MathRendering.unicode(latex)
        case .htmlBlock, .thematicBreak: return ""
        }
    }

    static func plainText(_ inlines: [MarkdownInline]) -> String {
        inlines.map { inline in
            switch inline {
            case .math(let latex, _): return MathRendering.unicode(latex)
            case .emphasis(let children), .strong(let children), .link(_, _, let children), .image(_, _, let children):
                return plainText(children)
            default: return MarkdownInline.plainText([inline])
            }
        }.joined()
    }

    /// The first words of a section's prose, at most about 160 characters.
    static func excerpt(_ prose: String) -> String {
        let words = prose.split(whereSeparator: \.isWhitespace)
        var text = ""
        for word in words {
            if text.count + word.count > 160 { return text + " …" }
            text += (text.isEmpty ? "" : " ") + word
        }
        return text
    }

    /// A JSON string literal (JSONReport's), with `<` escaped so the script can never close its
    /// own tag, and U+2028/U+2029, which older JavaScript does not allow inside a string.
    static func jsonString(_ text: String) -> String {
        JSONReport.string(text)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }
}
