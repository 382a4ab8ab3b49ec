import XCTest
@testable import Interpreter

/// Runs one cell in a fresh session.
func runCell(_ source: String, limits: ExecutionLimits = .default) -> CellOutcome {
    Session(limits: limits).run(source, origin: "test.md:1")
}

/// Asserts that `source` runs without error and prints exactly `expected`.
func assertOutput(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let outcome = runCell(source)
    if let e = outcome.error {
        XCTFail("unexpected error \(e.line):\(e.column): \(e.message)", file: file, line: line)
    }
    XCTAssertEqual(outcome.output, expected, file: file, line: line)
}

/// Asserts that the trailing expression of `source` displays as `expected`.
func assertDisplays(_ source: String, _ expected: String?, file: StaticString = #filePath, line: UInt = #line) {
    let outcome = runCell(source)
    XCTAssertNil(outcome.error?.message, file: file, line: line)
    XCTAssertEqual(outcome.displayedValue, expected, file: file, line: line)
}

/// Asserts that `source` fails with `message` at the position marked `1️⃣` (the marker is
/// removed before running), in the style of swift-syntax's tests.
func assertError(_ marked: String, _ message: String, limits: ExecutionLimits = .default,
                 output: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
    let (source, position) = removeMarker(marked)
    let outcome = runCell(source, limits: limits)
    guard let e = outcome.error else {
        XCTFail("expected error '\(message)', got output \(outcome.output.debugDescription)", file: file, line: line)
        return
    }
    XCTAssertEqual(e.message, message, file: file, line: line)
    if let position {
        XCTAssertEqual("\(e.line):\(e.column)", "\(position.line):\(position.column)", "error position", file: file, line: line)
    }
    if let output { XCTAssertEqual(outcome.output, output, file: file, line: line) }
}

/// Removes the `1️⃣` marker and returns its 1-based line and (character) column.
func removeMarker(_ marked: String) -> (String, (line: Int, column: Int)?) {
    guard let range = marked.range(of: "1️⃣") else { return (marked, nil) }
    let before = marked[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let lastLine = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let column = lastLine.count + 1
    return (marked.replacingCharacters(in: range, with: ""), (line, column))
}
