import Figures
import MLCore
import Plots
import XCTest

/// A grid world's Q-values with the greedy policy, and the return per episode, as figures.
final class ReinforcementFigureTests: XCTestCase {
    /// S . G over . # P. With γ = 0.9 and a step cost of 0.04 (by hand): V(0, 1) = 1 (→ the goal),
    /// V(0, 0) = −0.04 + 0.9 · 1 = 0.86 (→), V(1, 0) = −0.04 + 0.9 · 0.86 = 0.734 (↑).
    func testQValueGridOfValueIteration() throws {
        let world = try GridWorld(["S.G", ".#P"])
        let q = try ValueIteration.qValues(world, discount: 0.9)
        let figure = try Figure.qValues(q, world: world)
        XCTAssertEqual(figure.title, "Q-values and greedy policy")
        XCTAssertEqual(renderTerminal(figure, width: 80), """
            Q-values and greedy policy
            S→ 0.86 → 1.00  G
            ↑ 0.73  ███████ P
            """)
        guard case .valueGrid(let grid) = figure.content else { return XCTFail("expected a value grid") }
        XCTAssertEqual(grid.cells[0].detail, "Q: ↑ 0.734  → 0.860  ↓ 0.621  ← 0.734")
        XCTAssertTrue(grid.cells[4].isWall)
    }

    func testQValueGridOfALearningAgent() throws {
        let world = try GridWorld.standard()
        let agent = try QLearning(for: world, learningRate: 0.5, discount: 0.9, epsilon: 0.3, seed: 2)
        try agent.train(on: world, episodes: 2_000)
        let text = renderTerminal(try Figure.qValues(agent, world: world, title: "learned"), width: 80)
        XCTAssertEqual(text.split(separator: "\n").count, 5)
        XCTAssertTrue(text.hasPrefix("learned\n"))
        XCTAssertTrue(text.contains("███"))
    }

    func testQValueGridBadInput() throws {
        let world = try GridWorld(["SG"])
        XCTAssertThrowsError(try Figure.qValues([[0, 0, 0, 0]], world: world)) { error in
            XCTAssertEqual("\(error)", "a Q-value grid needs one row of Q-values per state: the world has 2 states, got 1 rows")
        }
        XCTAssertThrowsError(try Figure.qValues([[0, 0, 0, 0], [0, 0]], world: world)) { error in
            XCTAssertEqual("\(error)", "state 1 has 2 Q-values but a grid world has 4 actions")
        }
        XCTAssertThrowsError(try Figure.qValues(try QLearning(states: 3, actions: 2), world: world)) { error in
            XCTAssertEqual("\(error)", "the agent's table has 3 states × 2 actions but the world has 2 × 4")
        }
    }

    func testReturnCurveWithItsMovingAverage() throws {
        let figure = try Figure.returns([1, 2, 3, 4], window: 2)
        XCTAssertEqual(figure.title, "Return per episode")
        XCTAssertEqual(figure.xLabel, "episode")
        XCTAssertEqual(figure.yLabel, "return")
        guard case .line(let chart) = figure.content else { return XCTFail("expected a line chart") }
        XCTAssertEqual(chart.series.map(\.name), ["return", "average of 2"])
        XCTAssertEqual(chart.series[0].y, [1, 2, 3, 4])
        XCTAssertEqual(chart.series[1].y, [1, 1.5, 2.5, 3.5])
        XCTAssertEqual(chart.series[1].x, [1, 2, 3, 4])
        guard case .line(let alone) = try Figure.returns([5], window: 1).content else { return XCTFail("expected a line chart") }
        XCTAssertEqual(alone.series.map(\.name), ["return"])
        XCTAssertThrowsError(try Figure.returns([])) { error in
            XCTAssertEqual("\(error)", "a return curve needs at least one episode, got none")
        }
        XCTAssertThrowsError(try Figure.returns([1], window: 0))
    }
}
