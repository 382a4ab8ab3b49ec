import XCTest
import LessonFormat
import LessonKit
@testable import Runner

/// The program `lectern run --compile` builds from a lesson, and how its output is cut back into
/// cells (no compiler needed).
final class CompiledProgramTests: XCTestCase {
    func testCellsBecomeOneProgramWithTheirMarkdownLinesAndImportsHoisted() {
        let lesson = LessonParser.parse("""
        # T

        ```swift
        import Foundation
        import Glibc
        let x = 1
        ```

        ```swift norun
        skipped()
        ```

        - in a list:

          ```swift
          print(x)
          ```
        """, file: "Lessons/01-t.md")
        let cells = lesson.cells.filter { $0.kind != .norun }
        let program = CompiledProgram(cells: cells, file: lesson.file)
        XCTAssertEqual(program.source, """
        import Foundation
        import MLCore
        import LessonKit
        import Glibc
        LessonKit.CompiledCells.begin(0)
        #sourceLocation(file: "Lessons/01-t.md", line: 4)


        let x = 1
        #sourceLocation()
        LessonKit.CompiledCells.begin(2)
        #sourceLocation(file: "Lessons/01-t.md", line: 16)
        print(x)
        #sourceLocation()
        LessonKit.CompiledCells.finish()

        """)
        // swiftc reports columns of the code; a cell in a list is indented by two in the Markdown.
        XCTAssertEqual(program.markdownColumn(line: 16, column: 7), 9)
        XCTAssertEqual(program.markdownColumn(line: 6, column: 5), 5)
    }

    func testOutputIsCutIntoCellsAndAnUnfinishedCellHasNoVerdicts() {
        let s = "\u{1E}"
        let output = "\(s)lectern-cell 0\(s)a\nb\(s)lectern-end checks=✓✗ figures=2\(s)"
            + "\(s)lectern-cell 3\(s)\(s)lectern-end checks= figures=0\(s)"
            + "\(s)lectern-cell 4\(s)partial"
        XCTAssertEqual(CompiledCells.records(in: output), [
            .init(index: 0, output: "a\nb", checks: [true, false], figures: 2),
            .init(index: 3, output: "", checks: [], figures: 0),
            .init(index: 4, output: "partial", checks: nil, figures: nil),
        ])
    }

    func testCompilerMessagesAreReadWithTheirPlace() throws {
        let message = try XCTUnwrap(CompilerMessage("dir:x/01-t.md:12:5: error: cannot find 'y' in scope"))
        XCTAssertEqual(message.file, "dir:x/01-t.md")
        XCTAssertEqual([message.line, message.column], [12, 5])
        XCTAssertEqual(message.severity, "error")
        XCTAssertEqual(message.message, "cannot find 'y' in scope")
        XCTAssertNil(CompilerMessage("ld: error: undefined symbol"))
    }
}
