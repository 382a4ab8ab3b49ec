import XCTest
@testable import Plots

/// Histograms: binning by count or by edges, bars per non-empty bin.
final class HistogramTests: XCTestCase {
    func testEqualWidthBins() {
        let data = PreparedHistogram(Histogram(values: [0, 1, 1, 2, 3, 4, 4, 4], bins: .count(4)))
        XCTAssertEqual(data.edges, [0, 1, 2, 3, 4])
        XCTAssertEqual(data.counts, [1, 2, 1, 4], "the last bin is closed, so 4 counts in it")
    }

    func testExplicitEdgesAndOutsideValues() {
        let data = PreparedHistogram(Histogram(values: [-1, 0.5, 1.5, 1.7, 9, .nan], bins: .edges([0, 1, 2])))
        XCTAssertEqual(data.counts, [1, 2])
        XCTAssertEqual(data.notes, ["1 non-finite value skipped.", "2 values outside the bin edges not counted."])
    }

    func testOneValueAndNoValues() {
        XCTAssertEqual(PreparedHistogram(Histogram(values: [3], bins: .count(2))).edges, [2.5, 3, 3.5])
        XCTAssertEqual(PreparedHistogram(Histogram(values: [], bins: .count(0))).counts, [0])
    }

    func testSVGBars() {
        let figure = Figure.histogram([0, 1, 1, 2, 3, 4, 4, 4], bins: .count(4), title: "Counts", xLabel: "value")
        let root = parseSVG(renderSVG(figure))
        assertAccessibleSVG(root, title: "Counts")
        XCTAssertEqual(root.withClass("lp-bar").count, 4)
        XCTAssertEqual(root.withClass("lp-yticks").first?.texts, ["0", "1", "2", "3", "4"])
        XCTAssertEqual(root.withClass("lp-ylabel").first?.text, "count")
        XCTAssertEqual(root.child("desc")?.text,
                       "Histogram: Counts. 8 values in 4 bins from 0 to 4; the fullest bin holds 4.")
    }
}
