import XCTest
import MathText

/// Explicit spacing commands.
final class SpacingTests: XCTestCase {
    func testSpaces() {
        assertMath(#"a\,b"#, unicode: "a b", mathML: "<mi>a</mi><mspace width=\"0.1667em\"/><mi>b</mi>")
        assertMath(#"a\;b"#, unicode: "a b", mathML: "<mi>a</mi><mspace width=\"0.2778em\"/><mi>b</mi>")
        assertMath(#"a\quad b"#, unicode: "a  b", mathML: "<mi>a</mi><mspace width=\"1em\"/><mi>b</mi>")
        assertMath(#"a\qquad b"#, unicode: "a    b")
        assertMath(#"a\!b"#, unicode: "ab")
        assertMath(#"\int f(x)\,dx"#, unicode: "∫ f(x) dx")
    }

    func testSpaceDoesNotMakeAMinusUnary() {
        assertMath(#"a \, - b"#, unicode: "a − b")
    }

    func testASignIsNotSpacedLikeSubtraction() {
        let sign = "<mo form=\"prefix\" lspace=\"0\" rspace=\"0\">−</mo>"
        assertMath("x = -2, y = (-4)", unicode: "x = −2, y = (−4)",
                   mathML: "<mi>x</mi><mo>=</mo>\(sign)<mn>2</mn><mo>,</mo><mi>y</mi><mo>=</mo><mo stretchy=\"false\">(</mo>\(sign)<mn>4</mn><mo stretchy=\"false\">)</mo>")
        assertMath("a - b", unicode: "a − b", mathML: "<mi>a</mi><mo>−</mo><mi>b</mi>")
        assertMath("(a) - b", unicode: "(a) − b")
    }

    func testStyleCommandsAreIgnored() {
        assertMath(#"\displaystyle x"#, unicode: "x", mathML: "<mi>x</mi>")
    }
}
