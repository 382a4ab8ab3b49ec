import LessonFormat
import Outcomes
import XCTest

/// Builds lessons and results by hand, without an interpreter.
enum Fixtures {
    static func lesson(_ text: String, file: String = "01-intro.md") -> Lesson {
        LessonParser.parse(text, file: file)
    }

    /// A result in which every cell ran cleanly with no output, then `adjust` edits cells by
    /// index.
    static func result(_ lesson: Lesson, _ adjust: (inout [CellResult]) -> Void = { _ in }) -> LessonResult {
        var cells = lesson.cells.map { cell in
            CellResult(cell: cell, status: cell.kind.runsByDefault ? .ran : .notRun)
        }
        adjust(&cells)
        return LessonResult(lesson: lesson, cells: cells, diagnostics: lesson.diagnostics, seconds: 0.5)
    }

    /// The prose blocks of a lesson, in order.
    static func prose(_ lesson: Lesson) -> [MarkdownBlock] {
        lesson.items.compactMap { if case .prose(let block) = $0 { return block } else { return nil } }
    }
}
