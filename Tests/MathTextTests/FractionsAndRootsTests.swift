import XCTest
import MathText

/// Fractions and roots.
final class FractionsAndRootsTests: XCTestCase {
    func testSimpleFraction() {
        assertMath(#"\frac{a}{b}"#, unicode: "a/b", mathML: "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
        assertMath(#"\frac12"#, unicode: "1/2", mathML: "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
    }

    func testCompoundPartsGetParentheses() {
        assertMath(#"\frac{a+b}{2}"#, unicode: "(a + b)/2", mathML: "<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></mfrac>")
        assertMath(#"\frac{1}{\frac{1}{x}}"#, unicode: "1/(1/x)")
        assertMath(#"\frac{-1}{2}"#, unicode: "−1/2")
        assertMath(#"\frac{e^x - e^{-x}}{e^x + e^{-x}}"#, unicode: "(eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)")
    }

    func testFractionsAreSetApartFromNeighbours() {
        assertMath(#"\frac{1}{2}\lVert w \rVert^2"#, unicode: "1/2 ‖w‖²")
        assertMath(#"2\frac{a}{b}"#, unicode: "2 a/b")
        assertMath(#"\frac{1}{n}\sum_i x_i"#, unicode: "1/n Σᵢ xᵢ")
        assertMath(#"\frac{a}{b} + c"#, unicode: "a/b + c")
    }

    func testProductDenominatorsAreBracketedButDifferentialsAreNot() {
        assertMath(#"\frac{1}{2\pi}"#, unicode: "1/(2π)")
        assertMath(#"\frac{dy}{dx}"#, unicode: "dy/dx")
        assertMath(#"\frac{2x}{3}"#, unicode: "2x/3")
    }

    func testGaussianDensity() {
        assertMath(#"p(x) = \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left(-\frac{(x-\mu)^2}{2\sigma^2}\right)"#,
                   unicode: "p(x) = 1/√(2πσ²) exp(−(x − μ)²/(2σ²))")
    }

    func testPartialDerivatives() {
        assertMath(#"\frac{\partial L}{\partial w}"#, unicode: "∂L/∂w",
                   mathML: "<mfrac><mrow><mi>∂</mi><mi>L</mi></mrow><mrow><mi>∂</mi><mi>w</mi></mrow></mfrac>")
    }

    func testSquareRoots() {
        assertMath(#"\sqrt{x}"#, unicode: "√x", mathML: "<msqrt><mi>x</mi></msqrt>")
        assertMath(#"\sqrt{2}"#, unicode: "√2")
        assertMath(#"\sqrt{x^2 + y^2}"#, unicode: "√(x² + y²)",
                   mathML: "<msqrt><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><msup><mi>y</mi><mn>2</mn></msup></msqrt>")
        assertMath(#"\sqrt{2\pi}"#, unicode: "√(2π)")
    }

    func testNthRoots() {
        assertMath(#"\sqrt[3]{x}"#, unicode: "∛x", mathML: "<mroot><mi>x</mi><mn>3</mn></mroot>")
        assertMath(#"\sqrt[n]{x+1}"#, unicode: "ⁿ√(x + 1)", mathML: "<mroot><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mi>n</mi></mroot>")
    }
}
