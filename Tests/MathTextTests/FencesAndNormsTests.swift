import XCTest
import MathText

/// Brackets, \left…\right and norms.
final class FencesAndNormsTests: XCTestCase {
    func testPlainBracketsDoNotStretch() {
        assertMath("[a, b]", unicode: "[a, b]",
                   mathML: "<mo stretchy=\"false\">[</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo stretchy=\"false\">]</mo>")
        assertMath(#"\{x\}"#, unicode: "{x}")
    }

    func testLeftRightFences() {
        assertMath(#"\left( \frac{a}{b} \right)^2"#, unicode: "(a/b)²",
                   mathML: "<msup><mrow><mo fence=\"true\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\">)</mo></mrow><mn>2</mn></msup>")
        assertMath(#"\left. \frac{df}{dx} \right|_{x=0}"#, unicode: "df/dx|ₓ₌₀")
        assertMath(#"\left\langle x, y \right\rangle"#, unicode: "⟨x, y⟩")
    }

    func testNorms() {
        assertMath(#"\lVert w \rVert_2^2"#, unicode: "‖w‖₂²",
                   mathML: "<mo stretchy=\"false\">‖</mo><mi>w</mi><msubsup><mo stretchy=\"false\">‖</mo><mn>2</mn><mn>2</mn></msubsup>")
        assertMath(#"\|x\|_1"#, unicode: "‖x‖₁")
        assertMath(#"|x|"#, unicode: "|x|")
    }

    func testSizedDelimiters() {
        assertMath(#"\big( x \big)"#, unicode: "(x)")
    }
}
