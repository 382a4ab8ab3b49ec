import Foundation

/// Reading lessons from disk: one file, or a course folder in order.
public enum LessonLoader {
    /// Why a path could not be read as a lesson; a usage or I/O problem, not a lesson error.
    public struct LoadError: Error, CustomStringConvertible, Equatable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Reads and parses one lesson file. A `.swift` file becomes a one-cell lesson, which is
    /// handy for trying code and for benchmarks.
    public static func load(path: String) throws -> Lesson {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError(path: path, reason: "no such file or directory")
        }
        guard !isDirectory.boolValue else {
            throw LoadError(path: path, reason: "is a folder; give a lesson file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(path: path, reason: "cannot be read (permissions?)")
        }
        guard var text = String(data: data, encoding: .utf8), !text.unicodeScalars.contains("\0") else {
            throw LoadError(path: path, reason: "is not UTF-8 text")
        }
        // A byte-order mark is not part of the first line (its column would count it).
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if path.hasSuffix(".swift") {
            return swiftFileLesson(text, file: path)
        }
        guard path.hasSuffix(".md") || path.hasSuffix(".markdown") else {
            throw LoadError(path: path, reason: "not a lesson: expected a Markdown (.md) or Swift (.swift) file")
        }
        let lesson = LessonParser.parse(text, file: path)
        guard lesson.title != nil else {
            throw LoadError(path: path, reason: "not a lesson: it has no '# Title' heading")
        }
        return lesson
    }

    /// A Swift file as a lesson with one runnable cell, lines numbered as in the file.
    static func swiftFileLesson(_ text: String, file: String) -> Lesson {
        var code = text
        if !(LineBreaks.lines(of: code).last ?? "").isEmpty { code += "\n" }
        let lineCount = LineBreaks.lines(of: code).count - 1
        let name = (file as NSString).lastPathComponent
        let cell = Cell(index: 0, kind: .run, code: code, info: "swift", fenceLine: 0,
                        columnOffsets: Array(repeating: 0, count: lineCount))
        return Lesson(file: file, source: text, title: name, items: [.cell(cell)], diagnostics: [])
    }

    /// Expands the paths given on a command line into lesson files in course order: a file as
    /// it is; a folder as its `NN-*.md` lessons sorted by number (or all `.md` files by name when
    /// none is numbered).
    public static func lessonPaths(for paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LoadError(path: path, reason: "no such file or directory")
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let lessons = courseOrder(names.filter { $0.hasSuffix(".md") })
            guard !lessons.isEmpty else {
                throw LoadError(path: path, reason: "contains no lessons (NN-name.md files)")
            }
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            result.append(contentsOf: lessons.map { folder + "/" + $0 })
        }
        return result
    }

    /// Numbered lessons (`01-perceptron.md`) by number then name; unnumbered ones only when the
    /// folder has no numbered lesson (so a README.md beside the lessons is not taken for one).
    static func courseOrder(_ names: [String]) -> [String] {
        func number(_ name: String) -> Int? {
            let digits = name.prefix(while: { $0.isASCII && $0.isNumber })
            return digits.isEmpty ? nil : Int(digits)
        }
        let numbered = names.filter { number($0) != nil }
        if numbered.isEmpty { return names.sorted() }
        return numbered.sorted { (number($0) ?? 0, $0) < (number($1) ?? 0, $1) }
    }
}
