import XCTest
import MathText

/// Letter styles, text, operator names, accents and braces.
final class StylesAndAccentsTests: XCTestCase {
    func testBoldAndBlackboard() {
        assertMath(#"\mathbf{W}x"#, unicode: "𝐖x", mathML: "<mi>𝐖</mi><mi>x</mi>")
        assertMath(#"x \in \mathbb{R}^n"#, unicode: "x ∈ ℝⁿ", mathML: "<mi>x</mi><mo>∈</mo><msup><mi>ℝ</mi><mi>n</mi></msup>")
        assertMath(#"\mathbb{N} \mathbb{E}"#, unicode: "ℕ𝔼")
        assertMath(#"\mathcal{L}"#, unicode: "ℒ")
        assertMath(#"\boldsymbol{\theta}"#, unicode: "𝜽")
        assertMath(#"\mathbf{0}"#, unicode: "𝟎", mathML: "<mn>𝟎</mn>")
    }

    func testUprightText() {
        assertMath(#"\mathrm{d}x"#, unicode: "dx", mathML: "<mi mathvariant=\"normal\">d</mi><mi>x</mi>")
        assertMath(#"\mathrm{ReLU}(x)"#, unicode: "ReLU(x)", mathML: "<mi>ReLU</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")
        assertMath(#"\operatorname{softplus}(x)"#, unicode: "softplus(x)")
        assertMath(#"\operatorname{sign} x"#, unicode: "sign x", mathML: "<mi>sign</mi><mi>x</mi>")
    }

    func testStarredOperatorNameTakesLimits() {
        assertMath(#"\operatorname*{arg\,max}_k p_k"#, unicode: "arg maxₖ pₖ",
                   mathML: "<munder><mi>arg max</mi><mi>k</mi></munder><msub><mi>p</mi><mi>k</mi></msub>", display: true)
    }

    func testTextKeepsItsSpaces() {
        assertMath(#"x \text{ if } x > 0"#, unicode: "x if x > 0",
                   mathML: "<mi>x</mi><mtext>\u{00A0}if\u{00A0}</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn>")
    }

    func testAccents() {
        assertMath(#"\hat{y}"#, unicode: "ŷ", mathML: "<mover accent=\"true\"><mi>y</mi><mo>^</mo></mover>")
        assertMath(#"\bar{x}"#, unicode: "x̄", mathML: "<mover accent=\"true\"><mi>x</mi><mo>¯</mo></mover>")
        assertMath(#"\vec{v}"#, unicode: "v⃗", mathML: "<mover accent=\"true\"><mi>v</mi><mo>→</mo></mover>")
        assertMath(#"\tilde{x} \dot{x}"#, unicode: "x̃ẋ")
        assertMath(#"\overline{xy}"#, unicode: "x̅y̅")
        assertMath(#"\hat{xy}"#, unicode: "hat(xy)")
        assertMath(#"\hat{y}_i"#, unicode: "ŷᵢ")
    }

    func testBraces() {
        assertMath(#"\underbrace{a+b}_{n}"#, unicode: "(a + b)ₙ",
                   mathML: "<munder><munder accentunder=\"true\"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo>⏟</mo></munder><mi>n</mi></munder>")
        assertMath(#"\overbrace{x}^{\text{big}}"#, unicode: "x^(big)",
                   mathML: "<mover><mover accent=\"true\"><mi>x</mi><mo>⏞</mo></mover><mtext>big</mtext></mover>")
        assertMath(#"\underbrace{w^T x + b}_{\text{score}}"#, unicode: "(wᵀx + b)_(score)")
    }
}
