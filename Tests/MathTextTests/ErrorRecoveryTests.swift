import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import MathText

/// Unknown commands and unbalanced input: a visible fallback and located warnings, never a crash.
final class ErrorRecoveryTests: XCTestCase {
    func testUnknownCommandIsShownWithItsArguments() {
        let markup = MathText.mathML(#"a + \foo{x}"#, display: false)
        XCTAssertEqual(markup.output, math("<mi>a</mi><mo>+</mo><merror><mtext>\\foo{x}</mtext></merror>"))
        XCTAssertEqual(markup.warnings.map(\.description), [#"offset 4: unknown command \foo"#])
        XCTAssertEqual(MathText.unicode(#"a + \foo{x}"#).output, #"a + \foo{x}"#)
    }

    func testMissingClosingBrace() {
        let result = MathText.unicode("x^{2 + {a")
        XCTAssertEqual(result.output, "x²⁺ᵃ")
        XCTAssertEqual(result.warnings.map(\.description), ["offset 7: missing } for the { opened here", "offset 2: missing } for the { opened here"])
    }

    func testUnmatchedClosingBrace() {
        let markup = MathText.mathML("a}b", display: false)
        XCTAssertEqual(markup.output, math("<mi>a</mi><merror><mtext>}</mtext></merror><mi>b</mi>"))
        XCTAssertEqual(markup.warnings.map(\.description), ["offset 1: unmatched }"])
    }

    func testLeftWithoutRightAndTheReverse() {
        XCTAssertEqual(MathText.unicode(#"\left( x"#).warnings.map(\.message), [#"\left without \right"#])
        XCTAssertEqual(MathText.unicode(#"\left( x"#).output, "(x")
        XCTAssertEqual(MathText.unicode(#"x \right)"#).output, "x)")
        XCTAssertEqual(MathText.unicode(#"x \right)"#).warnings.map(\.message), [#"\right without \left"#])
    }

    func testEnvironmentProblems() {
        XCTAssertEqual(MathText.unicode(#"\begin{aligned} a &= b"#).warnings.map(\.message), [#"missing \end{aligned}"#])
        XCTAssertEqual(MathText.unicode(#"\begin{aligned} a \end{cases}"#).warnings.map(\.message), [#"\begin{aligned} ended by \end{cases}"#])
        XCTAssertEqual(MathText.unicode(#"\begin{weird} a \end{weird}"#).warnings.map(\.message), ["unknown environment weird"])
        XCTAssertEqual(MathText.unicode("a & b").warnings.map(\.message), ["& outside a table"])
    }

    func testOffsetsCountCharactersAndBytes() {
        let result = MathText.unicode(#"α + \nope"#)
        XCTAssertEqual(result.warnings.first?.offset, 4)
        XCTAssertEqual(result.warnings.first?.utf8Offset, 5, "α is two bytes in UTF-8")
    }

    func testDanglingScriptsAndBackslash() {
        XCTAssertEqual(MathText.unicode("x^").warnings.map(\.message), ["missing script after ^"])
        XCTAssertEqual(MathText.unicode(#"x\"#).warnings.map(\.message), [#"lone \ at the end"#])
        XCTAssertEqual(MathText.unicode("x^2^3").warnings.map(\.message), ["double superscript"])
        XCTAssertEqual(MathText.unicode(#"\frac{1}"#).warnings.map(\.message), [#"missing argument for \frac"#])
    }

    func testDeepNestingIsCutOffNotOverflowed() {
        let deep = String(repeating: "{", count: 5000) + "x" + String(repeating: "}", count: 5000)
        let result = MathText.mathML(deep, display: false)
        XCTAssertTrue(result.warnings.contains { $0.message == "formula nested too deeply" })
        let roots = String(repeating: #"\sqrt"#, count: 3000) + "x"
        XCTAssertFalse(MathText.unicode(roots).warnings.isEmpty)
    }

    func testArbitraryInputNeverCrashes() {
        // A deterministic stream of awkward fragments, concatenated in many orders.
        let fragments = ["\\", "{", "}", "^", "_", "&", "\\\\", "\\left", "\\right", "\\begin{", "\\end{", "aligned}", "\\frac",
                         "\\sqrt[", "]", "x", "1", "\\text{", "'", "\\hat", "\\underbrace", "\\big", "\\mathbf", " ", "α", "$", "%"]
        var state: UInt64 = 42
        for _ in 0..<300 {
            var latex = ""
            for _ in 0..<12 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                latex += fragments[Int(state >> 33) % fragments.count]
            }
            let markup = MathText.mathML(latex, display: true).output
            XCTAssertTrue(XMLParser(data: Data(markup.utf8)).parse(), "not well-formed for \(latex): \(markup)")
            _ = MathText.unicode(latex)
        }
    }
}
