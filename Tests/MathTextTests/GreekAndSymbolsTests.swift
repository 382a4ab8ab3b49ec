import XCTest
import MathText

/// Greek letters and letter-like symbols.
final class GreekAndSymbolsTests: XCTestCase {
    func testLowercaseGreekIsItalic() {
        assertMath(#"\alpha \beta \gamma \delta \eta \theta \lambda \mu \sigma \omega"#, unicode: "αβγδηθλμσω",
                   mathML: "<mi>α</mi><mi>β</mi><mi>γ</mi><mi>δ</mi><mi>η</mi><mi>θ</mi><mi>λ</mi><mi>μ</mi><mi>σ</mi><mi>ω</mi>")
        assertMath(#"\epsilon \varepsilon \phi \varphi"#, unicode: "ϵεϕφ")
    }

    func testUppercaseGreekIsUpright() {
        assertMath(#"\Sigma \Delta"#, unicode: "ΣΔ", mathML: "<mi mathvariant=\"normal\">Σ</mi><mi mathvariant=\"normal\">Δ</mi>")
        assertMath(#"\Gamma \Theta \Lambda \Pi \Phi \Psi \Omega"#, unicode: "ΓΘΛΠΦΨΩ")
    }

    func testCalculusSymbols() {
        assertMath(#"\partial f"#, unicode: "∂f", mathML: "<mi>∂</mi><mi>f</mi>")
        assertMath(#"\nabla f"#, unicode: "∇f", mathML: "<mi>∇</mi><mi>f</mi>")
        assertMath(#"\infty"#, unicode: "∞", mathML: "<mi>∞</mi>")
    }

    func testDots() {
        assertMath(#"x_1, \ldots, x_n"#, unicode: "x₁, …, xₙ")
        assertMath(#"a + \cdots + z"#, unicode: "a + ⋯ + z")
    }
}
