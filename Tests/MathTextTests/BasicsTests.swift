import XCTest
import MathText

/// Numbers, identifiers, operators and their spacing.
final class BasicsTests: XCTestCase {
    func testNumbersAndIdentifiers() {
        assertMath("2x + 0.5", unicode: "2x + 0.5", mathML: "<mn>2</mn><mi>x</mi><mo>+</mo><mn>0.5</mn>")
        assertMath("ab", unicode: "ab", mathML: "<mi>a</mi><mi>b</mi>")
    }

    func testMinusIsATrueMinusAndUnaryMinusIsUnspaced() {
        assertMath("-x - y", unicode: "−x − y", mathML: "<mo form=\"prefix\" lspace=\"0\" rspace=\"0\">−</mo><mi>x</mi><mo>−</mo><mi>y</mi>")
        assertMath("a = -b", unicode: "a = −b")
        assertMath("f(-1)", unicode: "f(−1)")
    }

    func testRelationsAndBinaryOperators() {
        assertMath(#"a \le b \ge c \ne d \approx e \equiv f"#, unicode: "a ≤ b ≥ c ≠ d ≈ e ≡ f")
        assertMath(#"a \cdot b \times c \pm d"#, unicode: "a · b × c ± d",
                   mathML: "<mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi><mo>±</mo><mi>d</mi>")
        assertMath(#"x \to \infty"#, unicode: "x → ∞", mathML: "<mi>x</mi><mo>→</mo><mi>∞</mi>")
        assertMath(#"w \leftarrow w - \eta g"#, unicode: "w ← w − ηg")
        assertMath(#"x \in S"#, unicode: "x ∈ S")
        assertMath("a < b > c", unicode: "a < b > c", mathML: "<mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&gt;</mo><mi>c</mi>")
    }

    func testFunctionsAreUprightAndSpaced() {
        assertMath(#"\sin x"#, unicode: "sin x", mathML: "<mi>sin</mi><mi>x</mi>")
        assertMath(#"\exp(x) + \log y"#, unicode: "exp(x) + log y")
        assertMath(#"\tanh(z)"#, unicode: "tanh(z)", mathML: "<mi>tanh</mi><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo>")
        assertMath(#"2\cos\theta"#, unicode: "2 cos θ")
        assertMath(#"\max(0, x)"#, unicode: "max(0, x)")
    }

    func testPunctuationGetsASpaceAfter() {
        assertMath("f(x, y; z)", unicode: "f(x, y; z)")
    }

    func testTheBriefsSigmoid() {
        assertMath(#"\sigma(z) \equiv \frac{1}{1+e^{-z}}"#, unicode: "σ(z) ≡ 1/(1 + e⁻ᶻ)",
                   mathML: "<mi>σ</mi><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo><mo>≡</mo>"
                       + "<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo form=\"prefix\" lspace=\"0\" rspace=\"0\">−</mo><mi>z</mi></mrow></msup></mrow></mfrac>")
    }

    func testDisplayAttribute() {
        XCTAssertEqual(MathText.mathML("x", display: true).output, math("<mi>x</mi>", display: true))
        XCTAssertEqual(MathText.mathML("x", display: false).output, math("<mi>x</mi>"))
        XCTAssertEqual(MathText.mathML("", display: false).output, math(""))
        XCTAssertEqual(MathText.unicode("  ").output, "")
    }

    func testMarkupCharactersAreEscaped() {
        XCTAssertEqual(MathText.mathML(#"a \& b"#, display: false).output, math("<mi>a</mi><mo>&amp;</mo><mi>b</mi>"))
        XCTAssertEqual(MathText.mathML(#"\text{<b>"x"</b>}"#, display: false).output,
                       math("<mtext>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</mtext>"))
    }
}
