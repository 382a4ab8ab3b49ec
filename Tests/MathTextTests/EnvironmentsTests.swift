import XCTest
import MathText

/// aligned, cases and matrices.
final class EnvironmentsTests: XCTestCase {
    func testAlignedLinesUpTheRelations() {
        let latex = #"\begin{aligned} a &= b + c \\ long &= e \end{aligned}"#
        assertMath(latex, unicode: "   a = b + c\nlong = e",
                   mathML: "<mtable displaystyle=\"true\" columnalign=\"right left\" columnspacing=\"0em\">"
                       + "<mtr><mtd><mi>a</mi></mtd><mtd><mi></mi><mo>=</mo><mi>b</mi><mo>+</mo><mi>c</mi></mtd></mtr>"
                       + "<mtr><mtd><mi>l</mi><mi>o</mi><mi>n</mi><mi>g</mi></mtd><mtd><mi></mi><mo>=</mo><mi>e</mi></mtd></mtr></mtable>",
                   display: true)
    }

    func testTrailingRowBreakIsDropped() {
        assertMath(#"\begin{aligned} x &= 1 \\ \end{aligned}"#, unicode: "x = 1")
    }

    func testCasesAfterAnEquation() {
        let latex = #"f(x) = \begin{cases} x & x > 0 \\ 0 & \text{otherwise} \end{cases}"#
        assertMath(latex, unicode: "f(x) = ⎧ x  x > 0\n       ⎩ 0  otherwise",
                   mathML: "<mi>f</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo><mo>=</mo>"
                       + "<mrow><mo>{</mo><mtable columnalign=\"left\"><mtr><mtd><mi>x</mi></mtd><mtd><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr>"
                       + "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow>")
    }

    func testMatrices() {
        assertMath(#"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}"#, unicode: "⎛ 1  2 ⎞\n⎝ 3  4 ⎠",
                   mathML: "<mrow><mo>(</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr>"
                       + "<mtr><mtd><mn>3</mn></mtd><mtd><mn>4</mn></mtd></mtr></mtable><mo>)</mo></mrow>")
        assertMath(#"\begin{bmatrix} 10 & 2 \end{bmatrix}"#, unicode: "[ 10  2 ]")
        assertMath(#"\begin{bmatrix} a \\ b \\ c \end{bmatrix}"#, unicode: "⎡ a ⎤\n⎢ b ⎥\n⎣ c ⎦")
    }
}
