import XCTest
import MathText

/// \overset, \underset, \binom, \not, \bmod, \pmod and \hspace.
final class StackingAndNegationTests: XCTestCase {
    func testOversetKeepsTheRelationSpaced() {
        assertMath(#"a \overset{\text{def}}{=} b"#, unicode: "a =^(def) b",
                   mathML: "<mi>a</mi><mover><mo>=</mo><mtext>def</mtext></mover><mi>b</mi>")
        assertMath(#"\underset{x}{\operatorname{argmin}}"#, unicode: "argminₓ",
                   mathML: "<munder><mi>argmin</mi><mi>x</mi></munder>")
    }

    func testBinomial() {
        assertMath(#"\binom{n}{k}"#, unicode: "C(n, k)",
                   mathML: "<mrow><mo>(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo>)</mo></mrow>")
    }

    func testNegation() {
        assertMath(#"a \not= b"#, unicode: "a ≠ b", mathML: "<mi>a</mi><mo>≠</mo><mi>b</mi>")
        assertMath(#"x \not\in S"#, unicode: "x ∉ S")
        assertMath(#"a \not\equiv b"#, unicode: "a ≡\u{0338} b")
    }

    func testModulo() {
        assertMath(#"a \bmod n"#, unicode: "a mod n")
        assertMath(#"a \equiv b \pmod{n}"#, unicode: "a ≡ b (mod n)")
    }

    func testHspace() {
        assertMath(#"a\hspace{2em}b"#, unicode: "a b", mathML: "<mi>a</mi><mspace width=\"2em\"/><mi>b</mi>")
    }
}
