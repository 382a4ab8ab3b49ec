import XCTest
@testable import Interpreter

/// Asserts that `source` prints exactly `expected` and that the type checker finds nothing to
/// report in it: valid Swift must pass the checker too, since strict checking stops a cell
/// before it runs.
func assertCheckedOutput(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    assertOutput(source, expected, file: file, line: line)
    do {
        let parsed = try ParsedCell(source: source)
        let facts = TypeChecker(world: TypeWorld()).checkCell(parsed.tree)
        for d in facts.diagnostics {
            let l = parsed.converter.location(of: d.position)
            XCTFail("checker reports \(l.line):\(l.column): \(d.message)", file: file, line: line)
        }
    } catch {
        XCTFail("does not parse: \(error)", file: file, line: line)
    }
}
