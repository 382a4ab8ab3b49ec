import XCTest
@testable import Plots

/// The terminal renderer: exact charts with and without ANSI colour.
final class TerminalRendererTests: XCTestCase {
    let tiny = Figure.line([Series("up", x: [0, 1, 2], y: [0, 1, 0]), Series("down", x: [0, 2], y: [1, 0])],
                           title: "Tiny", xLabel: "x")

    func testLineChartWithoutColour() {
        let expected = """
                         Tiny
            1.0 ┤⠉⠒ ⢀⣀     ⢀⠤⠊⠢⢄
                │     ⠁ ⠢⣤⠒⠁    ⠑⠤⡀
            0.5 ┤     ⣀⠔⠉  ⠈⠒⠂ ⣀  ⠈⠢⢄
                │  ⢀⠤⠊          ⠉ ⠠⠤⡀⠑⠢⡀
            0.0 ┤⡠⠒⠁                  ⠑⠚⠒⢄
                └┬───────────┬───────────┬
                 0           1           2
                             x
            ── up  ╌╌ down
            """
        XCTAssertEqual(renderTerminal(tiny, width: 30, height: 10, color: false), expected)
    }

    func testLineChartWithColour() {
        let esc = "\u{1B}["
        let expected = "             Tiny\n"
            + "1.0 ┤\(esc)31m⠉⠒⠤⢄⣀     \(esc)0m\(esc)34m⢀⠤⠊⠢⢄\(esc)0m\n"
            + "    │     \(esc)31m⠉⠒⠢⣤⣒\(esc)0m\(esc)34m⠁    ⠑⠤⡀\(esc)0m\n"
            + "0.5 ┤     \(esc)34m⣀⠔⠉  \(esc)0m\(esc)31m⠉⠒⠢⠤⣀  \(esc)0m\(esc)34m⠈⠢⢄\(esc)0m\n"
            + "    │  \(esc)34m⢀⠤⠊          \(esc)0m\(esc)31m⠉⠑⠢⠤⣀\(esc)0m\(esc)34m⠑⠢⡀\(esc)0m\n"
            + "0.0 ┤\(esc)34m⡠⠒⠁                 \(esc)0m\(esc)31m⠉⠑⠚⠶⣄\(esc)0m\n"
            + "    └┬───────────┬───────────┬\n"
            + "     0           1           2\n"
            + "                 x\n"
            + "\(esc)34m── \(esc)0mup  \(esc)31m── \(esc)0mdown"
        XCTAssertEqual(renderTerminal(tiny, width: 30, height: 10, color: true), expected)
    }

    func testNoEscapesWithoutColourAndNoTrailingSpaces() {
        let output = renderTerminal(tiny, width: 40, height: 12, color: false)
        XCTAssertFalse(output.contains("\u{1B}"))
        for line in output.split(separator: "\n") {
            XCTAssertFalse(line.hasSuffix(" "))
            XCTAssertLessThanOrEqual(line.count, 40)
        }
    }

    func testScatterUsesClassMarkers() {
        let figure = Figure.scatter(ScatterPoints(x: [0, 1, 2, 3], y: [0, 1, 0, 1], classes: [0, 1, 0, 1]))
        let expected = """
            1.0 ┤     x        x
                │
            0.5 ┤
                │
            0.0 ┤o        o
                └┬────────┬────────┬
                 0        2        4
            o class 0  x class 1
            """
        XCTAssertEqual(renderTerminal(figure, width: 24, height: 8), expected)
    }

    func testHistogramBlocks() {
        let figure = Figure.histogram([0, 1, 1, 2, 3, 4, 4, 4], bins: .count(4))
        let expected = """
            count
            4 ┤                █████
              │                █████
            2 ┤     ▄▄▄▄▄      █████
              │▂▂▂▂▂█████▂▂▂▂▂▂█████
            0 ┤█████████████████████
              └┬─────────┬─────────┬
               0         2         4
            """
        XCTAssertEqual(renderTerminal(figure, width: 24, height: 8), expected)
    }

    func testBarsAreHorizontal() {
        let chart = BarChart(labels: ["a", "bb"], groups: [BarGroup("x", values: [1, 0.5]), BarGroup("y", values: [0.25, 1])])
        let expected = """
            a  │███████████████ 1
               │▓▓▓▓ 0.25
            bb │███████▌ 0.5
               │▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓ 1
            █ x  ▓ y
            """
        XCTAssertEqual(renderTerminal(Figure(.bar(chart)), width: 24, height: 8), expected)
    }

    func testDegenerateFiguresDoNotCrash() {
        let empty: [Figure] = [
            .line([]), .line([Series("nan", y: [.nan, .infinity])], logY: true), .scatter(ScatterPoints(x: [], y: [], classes: [])),
            .histogram([]), .bar(labels: [], values: []), .roc([]), .graph(GraphFigure(nodes: [], edges: [])),
            Figure(.contour(ContourPlot(grid: Grid(x: AxisRange(1, 0), y: AxisRange(.nan, 1), columns: -3, rows: 2, values: [])))),
            Figure(.decisionBoundary(DecisionBoundary(grid: Grid(x: AxisRange(0, 0), y: AxisRange(0, 0), columns: 1, rows: 1, values: [.nan]),
                                                      points: ScatterPoints(x: [1], y: [1], classes: [Int.min])))),
        ]
        for figure in empty {
            _ = renderTerminal(figure, width: 1, height: 1, color: true)
            _ = parseSVG(renderSVG(figure, width: 0, height: 0))
        }
    }

    func testNotesFollowTheChart() {
        let output = renderTerminal(.line([Series("s", y: [1, .nan, 2])]), width: 30, height: 8)
        XCTAssertTrue(output.hasSuffix("note: 1 non-finite point skipped in “s”."), output)
    }
}
