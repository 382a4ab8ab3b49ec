import ArgumentParser
import Foundation
import Grading
import LessonFormat

/// `lectern handout`: write the student edition of lessons.
struct HandoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Write the student edition of lessons: no solutions, no hidden checks.",
        discussion: """
        Each lesson is written to OUT under its own file name with every `swift solution` cell \
        and every `swift check … hidden` cell removed (with an output block that belongs to one), \
        and every other byte as it was. The lesson folder's other files (data, images) are copied \
        beside it. Each handout is checked: it must parse, keep the lesson's exercises, and contain \
        no line of a solution or hidden check.

        Examples:
          lectern handout Lessons --out handout
          lectern handout Lessons/03-feed-forward-networks.md --out week3

        Exit status: 0 when every handout was written and checked, 1 when a check failed, 2 for \
        usage or I/O errors.
        """
    )

    @Argument(help: "Lesson files or course folders.", completion: .file(extensions: ["md"]))
    var paths: [String]

    @Option(name: .long, help: "The folder to write the handouts into (created if needed).", completion: .directory)
    var out: String

    func run() throws {
        let inputs = LessonInputs(paths: paths)
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            StandardError.write("lectern: error: cannot create \(out): \(error.localizedDescription)\n")
            throw ExitStatus.usage.code
        }
        var failed = false
        var folders: Set<String> = []
        for lesson in inputs.lessons {
            let name = (lesson.file as NSString).lastPathComponent
            let text = Handout.text(of: lesson)
            let problems = Handout.problems(in: text, of: lesson, file: name)
            for problem in problems { StandardError.write("lectern: error: \(name): \(problem)\n") }
            failed = failed || !problems.isEmpty
            let destination = (out as NSString).appendingPathComponent(name)
            guard FileManager.default.createFile(atPath: destination, contents: Data(text.utf8)) else {
                StandardError.write("lectern: error: cannot write \(destination)\n")
                throw ExitStatus.usage.code
            }
            folders.insert((lesson.file as NSString).deletingLastPathComponent)
            print("wrote \(destination)")
        }
        for folder in folders.sorted() { copyOtherFiles(from: folder.isEmpty ? "." : folder) }
        if inputs.loadFailed { throw ExitStatus.usage.code }
        if failed { throw ExitStatus.lessonErrors.code }
    }

    /// Data files and images beside the lessons go with the handout (Markdown and hidden files do not).
    private func copyOtherFiles(from folder: String) {
        let files = FileManager.default
        for name in ((try? files.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !name.hasPrefix(".") {
            let lower = name.lowercased()
            if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { continue }
            let source = (folder as NSString).appendingPathComponent(name)
            let destination = (out as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: source, isDirectory: &isFolder), !isFolder.boolValue,
                  !files.fileExists(atPath: destination) else { continue }
            try? files.copyItem(atPath: source, toPath: destination)
        }
    }
}
