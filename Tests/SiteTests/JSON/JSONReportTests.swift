import Foundation
import LessonFormat
import Outcomes
import XCTest
@testable import Site

/// The JSON report: exact text, key order and escaping.
final class JSONReportTests: XCTestCase {
    func testTwoCellLessonExactly() {
        let lesson = Fixtures.lesson("# Quotes \"and\" more\n\n```swift\nprint(\"a\\\"b\")\n```\n\n```swift\nlet z = 1 / 0\n```\n",
                                     file: "Lessons/01-json.md")
        let result = Fixtures.result(lesson) { cells in
            cells[0].output = "say \"hi\"\n\ttab \\ back\u{1}\u{1F}\r\n"
            cells[0].displayedValue = "é"
            cells[1].status = .failed
            cells[1].diagnostic = Diagnostic(at: lesson.location(line: 8, column: 11), "division by \"zero\"\nsecond line")
        }
        let json = JSONReport.render([result])
        // A standard parser reads back exactly what the cell printed.
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let lessons = parsed?["lessons"] as? [[String: Any]]
        let cells = lessons?.first?["cells"] as? [[String: Any]]
        XCTAssertEqual(cells?.first?["output"] as? String, "say \"hi\"\n\ttab \\ back\u{1}\u{1F}\r\n")
        XCTAssertEqual(json, """
        {"lessons":[{"file":"Lessons/01-json.md","title":"Quotes \\"and\\" more","cells":[\
        {"line":4,"kind":"run","output":"say \\"hi\\"\\n\\ttab \\\\ back\\u0001\\u001f\\r\\n","error":null,\
        "status":"ran","displayed":"é","figures":0,"doctest":null,"checks":[]},\
        {"line":8,"kind":"run","output":"","error":{"line":8,"column":11,"message":"division by \\"zero\\"\\nsecond line"},\
        "status":"failed","displayed":null,"figures":0,"doctest":null,"checks":[]}],"diagnostics":[],"success":false}]}
        """)
    }

    func testNoLessonsAndNullTitle() {
        XCTAssertEqual(JSONReport.render([]), "{\"lessons\":[]}")
        let result = Fixtures.result(Fixtures.lesson("text", file: "x.md"))
        XCTAssertEqual(JSONReport.render([result]),
                       "{\"lessons\":[{\"file\":\"x.md\",\"title\":null,\"cells\":[],\"diagnostics\":[],\"success\":true}]}")
    }

    func testFailedDoctestIsTheCellsErrorAndKindsUseTheirNames() {
        let lesson = Fixtures.lesson("```swift hidden\nprint(1)\n```\n\n```output\n2\n```\n\n```swift exercise id=e points=1\nx\n```\n", file: "d.md")
        let result = Fixtures.result(lesson) { cells in
            cells[0].output = "1\n"
            if let expected = cells[0].cell.expectedOutput {
                cells[0].doctest = DoctestResult.compare(actual: "1\n", expected: expected, file: "d.md")
            }
        }
        let json = JSONReport.render([result])
        XCTAssertTrue(json.contains("{\"line\":2,\"kind\":\"hidden\",\"output\":\"1\\n\",\"error\":{\"line\":6,\"column\":1,\"message\":\"output differs"), json)
        XCTAssertTrue(json.contains("\"doctest\":{\"passed\":false,\"expected\":\"2\\n\",\"actual\":\"1\\n\"}"), json)
        XCTAssertTrue(json.contains("{\"line\":10,\"kind\":\"exercise\",\"output\":\"\",\"error\":null,\"status\":\"notRun\""), json)
        XCTAssertTrue(json.contains("\"diagnostics\":[{\"line\":9,\"column\":1,\"severity\":\"warning\",\"message\":\"exercise 'e' has no solution cell\"}]"), json)
    }

    func testEveryControlCharacterIsEscaped() {
        let all = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let escaped = JSONReport.string(all)
        XCTAssertEqual(escaped, "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
                       + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\"")
    }
}
