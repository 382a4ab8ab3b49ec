import Foundation
import MLCore
import Plots

/// The figures of reinforcement learning: a grid world's action values with the greedy policy's
/// arrows, and the return of every training episode.
extension Figure {
    /// Each state of `world` tinted by its value V(s) = max_a Q(s, a), with an arrow for the
    /// greedy action (ties: the first of up, right, down, left); walls solid, goals and pits
    /// marked G and P and left blank (their value is 0 by definition), the start marked S. Each
    /// cell's tooltip lists Q(s, a) for all four moves.
    public static func qValues(_ qValues: [[Double]], world: GridWorld, title: String = "Q-values and greedy policy") throws -> Figure {
        try require(qValues.count == world.stateCount,
                    "a Q-value grid needs one row of Q-values per state: the world has \(world.stateCount) states, got \(qValues.count) rows")
        let actions = GridWorld.Action.allCases
        for (state, row) in qValues.enumerated() {
            try require(row.count == actions.count, "state \(state) has \(row.count) Q-values but a grid world has \(actions.count) actions")
        }
        var cells: [ValueGrid.Cell] = []
        for row in 0..<world.rows {
            for column in 0..<world.columns {
                guard let kind = world.cell(row: row, column: column), kind != .wall,
                      let state = world.state(row: row, column: column) else {
                    cells.append(.wall)
                    continue
                }
                switch kind {
                case .goal: cells.append(ValueGrid.Cell(label: "G"))
                case .pit: cells.append(ValueGrid.Cell(label: "P"))
                case .empty, .start, .wall:
                    let q = qValues[state]
                    var best = 0
                    for a in 1..<q.count where q[a] > q[best] { best = a }
                    let detail = zip(actions, q).map { "\($0.arrow) \(String(format: "%.3f", $1))" }.joined(separator: "  ")
                    cells.append(ValueGrid.Cell(value: q[best], arrow: ValueGrid.Arrow(rawValue: actions[best].arrow),
                                                label: kind == .start ? "S" : "", detail: "Q: " + detail))
                }
            }
        }
        return .valueGrid(ValueGrid(rows: world.rows, columns: world.columns, cells: cells), title: title)
    }

    /// `agent`'s Q-table on `world`, drawn as `qValues(_:world:title:)` draws it.
    public static func qValues(_ agent: QLearning, world: GridWorld, title: String = "Q-values and greedy policy") throws -> Figure {
        try require(agent.stateCount == world.stateCount && agent.actionCount == world.actionCount,
                    "the agent's table has \(agent.stateCount) states × \(agent.actionCount) actions but the world has \(world.stateCount) × \(world.actionCount)")
        return try qValues(agent.qValues, world: world, title: title)
    }

    /// The return of every episode, with its moving average over `window` episodes on top (the
    /// raw returns of a learning agent are noisy; the average shows the trend). `window: 1`
    /// draws the returns alone.
    public static func returns(_ returns: [Double], window: Int = 10, title: String = "Return per episode") throws -> Figure {
        try require(!returns.isEmpty, "a return curve needs at least one episode, got none")
        try require(window >= 1, "the moving-average window must be ≥ 1, got \(window)")
        var series = [returns], names = ["return"]
        if window > 1 {
            series.append(try Returns.movingAverage(returns, window: window))
            names.append("average of \(window)")
        }
        return try curves(series, names: names, title: title, xLabel: "episode", yLabel: "return")
    }
}
