import XCTest
@testable import Plots

/// Value grids: tinted cells with arrows and values, walls, marks; SVG and terminal.
final class ValueGridTests: XCTestCase {
    /// Two rows of three: the start (→, 0.5), a wall, a goal; then ↑ −0.25, ← 0, ↑ 1.
    let grid = ValueGrid(rows: 2, columns: 3, cells: [
        ValueGrid.Cell(value: 0.5, arrow: .right, label: "S", detail: "Q: ↑ 0.1  → 0.5"), .wall, ValueGrid.Cell(label: "G"),
        ValueGrid.Cell(value: -0.25, arrow: .up), ValueGrid.Cell(value: 0, arrow: .left), ValueGrid.Cell(value: 1, arrow: .up),
    ])

    func testTerminalGrid() {
        XCTAssertEqual(renderTerminal(.valueGrid(grid, title: "V"), width: 80), """
            V
            S→ 0.50 ███████ G
            ↑ −0.25 ← 0.00  ↑ 1.00
            """)
    }

    func testNarrowTerminalDropsTheValues() {
        XCTAssertEqual(renderTerminal(.valueGrid(grid), width: 20), """
            S→ ██ G
            ↑  ←  ↑
            """)
    }

    func testColourTintsBySign() {
        let text = renderTerminal(.valueGrid(grid), width: 80, color: true)
        XCTAssertTrue(text.hasPrefix(ANSI.foreground(0) + "S→ 0.50" + ANSI.reset))
        XCTAssertTrue(text.contains(ANSI.foreground(1) + "↑ −0.25" + ANSI.reset))
        XCTAssertTrue(text.contains("← 0.00 "), "zero is not tinted")
    }

    func testSVGCellsWallsAndTints() {
        let root = parseSVG(renderSVG(.valueGrid(grid, title: "Values")))
        assertAccessibleSVG(root, title: "Values")
        XCTAssertEqual(root.withClass("lp-cell").count, 5)
        XCTAssertEqual(root.withClass("lp-wall").count, 1)
        let start = root.withClass("lp-cell")[0]
        XCTAssertEqual(start.texts, ["S", "→", "0.50"])
        XCTAssertEqual(start.child("title")?.text, "Q: ↑ 0.1  → 0.5")
        let tint = start.elements("rect").first { ($0.attributes["class"] ?? "").hasPrefix("lp-fill") }
        XCTAssertEqual(tint?.attributes["class"], "lp-fill0")
        XCTAssertEqual(tint?.attributes["fill-opacity"], "0.38")          // 0.08 + 0.6 · 0.5 / 1
        let negative = root.withClass("lp-cell")[2].elements("rect").first { ($0.attributes["class"] ?? "").hasPrefix("lp-fill") }
        XCTAssertEqual(negative?.attributes["class"], "lp-fill1")
        XCTAssertEqual(negative?.attributes["fill-opacity"], "0.23")
        XCTAssertEqual(root.withClass("lp-cell")[3].elements("rect").count, 1, "zero: the border only")
        XCTAssertEqual(root.withClass("lp-cell")[1].texts, ["G"])
        let description = root.child("desc")?.text ?? ""
        XCTAssertTrue(description.contains("2 rows × 3 columns, values from −0.25 to 1."), description)
        XCTAssertTrue(description.contains("row 1: S → wall G; row 2: ↑ ← ↑."), description)
        XCTAssertEqual(renderSVG(.valueGrid(grid)), renderSVG(.valueGrid(grid)))
    }

    func testEmptyAndRaggedGridsDraw() {
        XCTAssertEqual(renderTerminal(.valueGrid(ValueGrid(rows: 0, columns: 0, cells: []), title: "none")), "none")
        let ragged = ValueGrid(rows: 2, columns: 2, cells: [ValueGrid.Cell(value: .nan)])
        XCTAssertEqual(renderTerminal(.valueGrid(ragged)), "NaN ·\n·   ·")
        XCTAssertFalse(renderSVG(.valueGrid(ragged)).isEmpty)
        XCTAssertFalse(renderSVG(.valueGrid(ValueGrid(rows: -3, columns: 1_000_000, cells: []))).isEmpty)
    }
}
