import XCTest
import MathText

/// Subscripts, superscripts, primes and big operators with limits.
final class ScriptsTests: XCTestCase {
    func testSimpleScripts() {
        assertMath("x_i", unicode: "xᵢ", mathML: "<msub><mi>x</mi><mi>i</mi></msub>")
        assertMath("x^2", unicode: "x²", mathML: "<msup><mi>x</mi><mn>2</mn></msup>")
        assertMath("e^{-z}", unicode: "e⁻ᶻ", mathML: "<msup><mi>e</mi><mrow><mo form=\"prefix\" lspace=\"0\" rspace=\"0\">−</mo><mi>z</mi></mrow></msup>")
    }

    func testBothScripts() {
        assertMath("x_{ij}^{(k)}", unicode: "xᵢⱼ⁽ᵏ⁾",
                   mathML: "<msubsup><mi>x</mi><mrow><mi>i</mi><mi>j</mi></mrow><mrow><mo stretchy=\"false\">(</mo><mi>k</mi><mo stretchy=\"false\">)</mo></mrow></msubsup>")
        assertMath("x^2_i", unicode: "xᵢ²", mathML: "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
    }

    func testOnlyTheFirstDigitWithoutBraces() {
        assertMath("x^23", unicode: "x²3", mathML: "<msup><mi>x</mi><mn>2</mn></msup><mn>3</mn>")
    }

    func testFallbackWhenNoUnicodeScriptExists() {
        assertMath(#"x_\beta"#, unicode: "xᵦ")
        assertMath(#"\nabla_w L"#, unicode: "∇_w L")
        assertMath(#"x_{i,j}"#, unicode: "x_(i,j)")
        assertMath(#"L_{\text{train}}"#, unicode: "L_(train)", mathML: "<msub><mi>L</mi><mtext>train</mtext></msub>")
        assertMath(#"W^\top"#, unicode: "Wᵀ")
    }

    func testPrimes() {
        assertMath("f'(x)", unicode: "f′(x)", mathML: "<msup><mi>f</mi><mo>′</mo></msup><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")
        assertMath("f''", unicode: "f′′")
    }

    func testSumLimitsGoUnderAndOverInDisplay() {
        let latex = #"\sum_{i=1}^{N} x_i"#
        assertMath(latex, unicode: "Σᵢ₌₁ᴺ xᵢ",
                   mathML: "<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>N</mi></munderover><msub><mi>x</mi><mi>i</mi></msub>",
                   display: true)
        XCTAssertEqual(MathText.mathML(latex, display: false).output,
                       math("<msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>N</mi></msubsup><msub><mi>x</mi><mi>i</mi></msub>"))
    }

    func testProductAndIntegral() {
        assertMath(#"\prod_i p_i"#, unicode: "Πᵢ pᵢ", mathML: "<munder><mo>∏</mo><mi>i</mi></munder><msub><mi>p</mi><mi>i</mi></msub>", display: true)
        // Integrals keep their limits at the side even in display style, as LaTeX does.
        assertMath(#"\int_0^1 f"#, unicode: "∫₀¹ f", mathML: "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi>", display: true)
    }

    func testLimitFunctions() {
        assertMath(#"\max_{\theta} J"#, unicode: "max_θ J", mathML: "<munder><mi>max</mi><mi>θ</mi></munder><mi>J</mi>", display: true)
        assertMath(#"\arg\min_w L"#, unicode: "arg min_w L", mathML: "<msub><mi>arg min</mi><mi>w</mi></msub><mi>L</mi>")
        assertMath(#"\arg\max_k p_k"#, unicode: "arg maxₖ pₖ")
        assertMath(#"\lim_{n \to \infty} a_n"#, unicode: "lim_(n→∞) aₙ")
    }
}
