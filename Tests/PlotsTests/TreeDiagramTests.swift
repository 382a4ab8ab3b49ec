import XCTest
@testable import Plots

/// Tree diagrams: tidy layout, boxes with class-mix bars, and the terminal's indented tree.
final class TreeDiagramTests: XCTestCase {
    /// A root split, a leaf on the yes side and a second split on the no side.
    let diagram = TreeDiagram(nodes: [
        TreeDiagramNode(lines: ["x₁ ≤ 4.5", "gini 0.49 · 7 samples"], mix: [3.0 / 7, 4.0 / 7], children: [1, 2]),
        TreeDiagramNode(lines: ["class 0", "gini 0 · 3 samples"], mix: [1, 0]),
        TreeDiagramNode(lines: ["x₂ ≤ 2", "gini 0.375 · 4 samples"], mix: [0.25, 0.75], children: [3, 4]),
        TreeDiagramNode(lines: ["class 1", "gini 0 · 3 samples"], mix: [0, 1]),
        TreeDiagramNode(lines: ["class 0", "gini 0 · 1 sample"], mix: [1, 0]),
    ], classNames: ["background", "signal"])

    func testLeavesTakeColumnsAndParentsCentreOverTheirChildren() {
        let layout = TreeLayout(diagram)
        XCTAssertEqual(layout.placed.map(\.node), [0, 1, 2, 3, 4])
        XCTAssertEqual(layout.placed.map(\.x), [0.75, 0, 1.5, 1, 2])
        XCTAssertEqual(layout.placed.map(\.depth), [0, 1, 1, 2, 2])
        XCTAssertEqual(layout.placed.map(\.branch), [nil, 0, 1, 0, 1])
        XCTAssertEqual(layout.leafCount, 3)
        XCTAssertEqual(layout.depthCount, 3)
    }

    func testBadChildIndicesAreIgnored() {
        let broken = TreeDiagram(nodes: [TreeDiagramNode(lines: ["root"], children: [0, 7, 1, 1]), TreeDiagramNode(lines: ["leaf"])])
        XCTAssertEqual(TreeLayout(broken).placed.count, 2)
        XCTAssertEqual(TreeLayout(TreeDiagram(nodes: [])).placed.count, 0)
        XCTAssertFalse(renderSVG(.tree(broken)).isEmpty)
        XCTAssertEqual(renderTerminal(.tree(TreeDiagram(nodes: []), title: "empty")), "empty")
    }

    func testSVGBoxesEdgesAndMixBars() {
        let root = parseSVG(renderSVG(.tree(diagram, title: "A tree")))
        assertAccessibleSVG(root, title: "A tree")
        XCTAssertEqual(root.withClass("lp-split").count, 2)
        XCTAssertEqual(root.withClass("lp-leaf").count, 3)
        XCTAssertEqual(root.withClass("lp-edge").count, 4)
        XCTAssertEqual(root.withClass("lp-split")[0].texts, ["x₁ ≤ 4.5", "gini 0.49 · 7 samples"])
        // The root's mix bar: two segments, 3/7 and 4/7 of the bar.
        let bars = root.withClass("lp-split")[0].elements("rect").filter { ($0.attributes["class"] ?? "").hasPrefix("lp-fill") }
        XCTAssertEqual(bars.count, 2)
        let widths = bars.map { Double($0.attributes["width"] ?? "") ?? 0 }
        XCTAssertEqual(widths[0] / (widths[0] + widths[1]), 3.0 / 7, accuracy: 0.01)
        XCTAssertTrue(root.all.filter { $0.name == "text" }.map(\.text).contains("signal"), "a legend names the classes")
        XCTAssertEqual(root.all.filter { $0.name == "text" && ($0.text == "yes" || $0.text == "no") }.count, 4)
        XCTAssertEqual(renderSVG(.tree(diagram)), renderSVG(.tree(diagram)))
    }

    func testTerminalTree() {
        XCTAssertEqual(renderTerminal(.tree(diagram, title: "A tree"), width: 80), """
            A tree
            x₁ ≤ 4.5 · gini 0.49 · 7 samples  ████░░░░░░
            ├─ yes: class 0 · gini 0 · 3 samples  ██████████
            └─ no: x₂ ≤ 2 · gini 0.375 · 4 samples  ███░░░░░░░
               ├─ yes: class 1 · gini 0 · 3 samples  ░░░░░░░░░░
               └─ no: class 0 · gini 0 · 1 sample  ██████████
            █ background  ░ signal
            """)
        // Too narrow for the bars: the text is clipped and the bars left out.
        let narrow = renderTerminal(.tree(diagram), width: 24).split(separator: "\n")
        XCTAssertTrue(narrow.allSatisfy { $0.count <= 24 })
        let colored = renderTerminal(.tree(diagram), width: 80, color: true)
        XCTAssertTrue(colored.contains(ANSI.foreground(0) + "████" + ANSI.reset + ANSI.foreground(1) + "██████" + ANSI.reset))
    }
}
