import XCTest
import MathText

/// The `<math>` wrapper around `inner`, as `MathText.mathML` writes it.
func math(_ inner: String, display: Bool = false) -> String {
    "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(display ? "block" : "inline")\">\(inner)</math>"
}

/// Checks both outputs of one formula and that it produced no warnings.
func assertMath(_ latex: String, unicode: String, mathML: String? = nil, display: Bool = false,
                file: StaticString = #filePath, line: UInt = #line) {
    let text = MathText.unicode(latex)
    XCTAssertEqual(text.output, unicode, "Unicode of \(latex)", file: file, line: line)
    XCTAssertEqual(text.warnings, [], file: file, line: line)
    if let mathML {
        let markup = MathText.mathML(latex, display: display)
        XCTAssertEqual(markup.output, math(mathML, display: display), "MathML of \(latex)", file: file, line: line)
        XCTAssertEqual(markup.warnings, [], file: file, line: line)
    }
}
