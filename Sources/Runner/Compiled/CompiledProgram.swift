import Foundation
import LessonFormat

/// A lesson's cells as one Swift program (`lectern run --compile`), in `main.swift` form.
///
/// Each cell becomes a `LessonKit.CompiledCells.begin(index)` call followed by the cell's code
/// under `#sourceLocation(file:line:)`, so that swiftc's diagnostics name the Markdown file and
/// line; the cells keep their order, so the notebook's shared state is the program's globals.
/// `import` lines are hoisted to the top (blank lines keep the numbering).
public struct CompiledProgram: Sendable {
    /// The program's text.
    public var source: String
    /// The cells it contains, in order.
    public var cells: [Cell]
    /// The path that diagnostics name (the lesson's, as given).
    public var file: String

    /// The program of `cells` (those that run, in the edition that runs solutions) of a lesson
    /// at `file`.
    public init(cells: [Cell], file: String) {
        self.cells = cells
        self.file = file
        var imports: [String] = ["Foundation", "MLCore", "LessonKit"]
        var body = ""
        for cell in cells {
            body += "LessonKit.CompiledCells.begin(\(cell.index))\n"
            body += "#sourceLocation(file: \(Self.literal(file)), line: \(cell.firstCodeLine))\n"
            var lines = LineBreaks.lines(of: cell.code)
            if lines.last?.isEmpty == true { lines.removeLast() }
            for line in lines {
                if let module = Self.importedModule(line) {
                    if !imports.contains(module) { imports.append(module) }
                    body += "\n"
                } else {
                    body += line + "\n"
                }
            }
            body += "#sourceLocation()\n"
        }
        body += "LessonKit.CompiledCells.finish()\n"
        source = imports.map { "import \($0)\n" }.joined() + body
    }

    /// The module of an `import Module` line, or nil for any other line.
    static func importedModule(_ line: Substring) -> String? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, words[0] == "import", words[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else { return nil }
        return String(words[1])
    }

    /// Where a position swiftc reports in the Markdown file falls: the cell and the Markdown
    /// column (a cell inside a list is indented, and `#sourceLocation` maps only lines).
    func markdownColumn(line: Int, column: Int) -> Int {
        guard let cell = cells.last(where: { $0.firstCodeLine <= line }) else { return column }
        return cell.markdownPosition(line: line - cell.fenceLine, column: column).column
    }

    /// A Swift string literal of `text`.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
