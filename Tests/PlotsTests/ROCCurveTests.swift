import XCTest
@testable import Plots

/// ROC curves: AUC by the trapezoid rule, the chance diagonal, AUC in the legend.
final class ROCCurveTests: XCTestCase {
    func testTrapezoidArea() {
        // Points (0,0) (0.5,0.5) (0.5,1) (1,1): 0.125 + 0 + 0.5 = 0.625
        let curve = ROCCurve("m", falsePositiveRate: [0, 0.5, 0.5, 1], truePositiveRate: [0, 0.5, 1, 1])
        XCTAssertEqual(curve.area, 0.625, accuracy: 1e-12)
        XCTAssertEqual(ROCCurve("perfect", falsePositiveRate: [0, 0, 1], truePositiveRate: [0, 1, 1]).area, 1, accuracy: 1e-12)
        XCTAssertEqual(ROCCurve("chance", falsePositiveRate: [1, 0], truePositiveRate: [1, 0]).area, 0.5, accuracy: 1e-12, "unsorted input is sorted")
        XCTAssertEqual(ROCCurve("given", falsePositiveRate: [], truePositiveRate: [], auc: 0.9).area, 0.9)
        XCTAssertEqual(ROCCurve("empty", falsePositiveRate: [], truePositiveRate: []).area, 0)
    }

    func testSVG() {
        let figure = Figure.roc([ROCCurve("logistic", falsePositiveRate: [0, 0.5, 0.5, 1], truePositiveRate: [0, 0.5, 1, 1]),
                                 ROCCurve("tree", falsePositiveRate: [0, 0.25, 1], truePositiveRate: [0, 0.75, 1])])
        let root = parseSVG(renderSVG(figure))
        assertAccessibleSVG(root, title: "ROC curve")
        XCTAssertEqual(root.withClass("lp-legend-entry").flatMap(\.texts), ["logistic (AUC = 0.625)", "tree (AUC = 0.750)", "chance"])
        XCTAssertEqual(root.withClass("lp-reference").count, 2, "the diagonal and its legend swatch")
        XCTAssertEqual(root.withClass("lp-series").count, 2)
        XCTAssertEqual(root.withClass("lp-xticks").first?.texts, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        XCTAssertEqual(root.withClass("lp-xlabel").first?.text, "false positive rate")
        XCTAssertEqual(root.withClass("lp-ylabel").first?.text, "true positive rate")
    }
}
