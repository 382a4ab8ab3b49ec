/// A maze on a grid of cells: walk from the start to a goal, avoid the pits, pay for every step.
///
///     let world = try GridWorld([
///         "...G",
///         ".#.P",
///         "S...",
///     ])
///
/// The layout is a list of rows, top row first, one character per cell:
///
/// | character | cell |
/// |---|---|
/// | `.` | empty |
/// | `#` | wall: never entered |
/// | `S` | the start (exactly one) |
/// | `G` | a goal: entering it ends the episode with `goalReward` |
/// | `P` | a pit: entering it ends the episode with `pitReward` |
///
/// The rules are deterministic. The four actions move one cell up, right, down or left; a move
/// into a wall or off the grid leaves the agent where it is. Every move that does not end the
/// episode costs `stepCost` (the reward is −stepCost), so the shortest safe path pays most. An
/// episode is truncated after `maxSteps` moves. States number the non-wall cells row by row
/// from the top left; goals and pits are terminal states (value 0).
public final class GridWorld: TabularEnvironment, CustomStringConvertible {
    /// The four moves, in the order of the actions 0, 1, 2, 3.
    public enum Action: Int, Sendable, CaseIterable {
        case up, right, down, left

        /// The arrow that draws this move: ↑ → ↓ ←.
        public var arrow: String { ["↑", "→", "↓", "←"][rawValue] }
        /// (row, column) change of the move; rows count down from the top.
        var offset: (row: Int, column: Int) { [(-1, 0), (0, 1), (1, 0), (0, -1)][rawValue] }
    }

    /// What a cell of the layout is.
    public enum Cell: Character, Sendable, CaseIterable {
        case empty = ".", wall = "#", start = "S", goal = "G", pit = "P"
    }

    /// The layout as given, top row first.
    public let layout: [String]
    public let rows: Int
    public let columns: Int
    /// The cost of a move that does not end the episode (its reward is −stepCost).
    public let stepCost: Double
    /// The reward for entering a goal.
    public let goalReward: Double
    /// The reward for entering a pit.
    public let pitReward: Double
    public let maxSteps: Int
    /// The state the episodes start in.
    public let startState: Int
    public private(set) var state: Int

    /// The cells, row by row from the top.
    private let cells: [Cell]
    /// The cell index (row · columns + column) of each state.
    private let cellOfState: [Int]
    /// The state of each cell index, nil for walls.
    private let stateOfCell: [Int?]
    private var clock: EpisodeClock

    public init(_ layout: [String], stepCost: Double = 0.04, goalReward: Double = 1, pitReward: Double = -1,
                maxSteps: Int = 100) throws {
        try require(!layout.isEmpty, "GridWorld: the layout has no rows")
        let width = layout[0].count
        try require(width > 0, "GridWorld: row 0 of the layout is empty")
        var cells: [Cell] = []
        for (row, text) in layout.enumerated() {
            try require(text.count == width, "GridWorld: row \(row) has \(text.count) cells but row 0 has \(width)")
            for (column, character) in text.enumerated() {
                guard let cell = Cell(rawValue: character) else {
                    throw MLError.invalidArgument("GridWorld: unknown cell '\(character)' at row \(row), column \(column) (use . # S G P)")
                }
                cells.append(cell)
            }
        }
        let starts = cells.indices.filter { cells[$0] == .start }
        try require(starts.count == 1, "GridWorld: the layout needs exactly one start 'S', it has \(starts.count)")
        try require(cells.contains(.goal), "GridWorld: the layout needs at least one goal 'G'")
        for (name, value) in [("stepCost", stepCost), ("goalReward", goalReward), ("pitReward", pitReward)] {
            try require(value.isFinite, "GridWorld: \(name) must be finite, got \(value)")
        }
        try requireStepLimit(maxSteps, in: "GridWorld")
        var cellOfState: [Int] = []
        var stateOfCell = [Int?](repeating: nil, count: cells.count)
        for (index, cell) in cells.enumerated() where cell != .wall {
            stateOfCell[index] = cellOfState.count
            cellOfState.append(index)
        }
        self.layout = layout
        self.rows = layout.count
        self.columns = width
        self.cells = cells
        self.cellOfState = cellOfState
        self.stateOfCell = stateOfCell
        self.stepCost = stepCost
        self.goalReward = goalReward
        self.pitReward = pitReward
        self.maxSteps = maxSteps
        self.startState = stateOfCell[starts[0]] ?? 0
        self.state = startState
        clock = EpisodeClock(maxSteps: maxSteps, running: true)
    }

    /// The course's world: 4 × 5 cells, the start at the bottom left, the goal at the top right,
    /// a wall on the left and a pit in the middle of the direct way up.
    public static func standard(stepCost: Double = 0.04, maxSteps: Int = 100) throws -> GridWorld {
        try GridWorld([
            "....G",
            ".#.P.",
            ".#...",
            "S....",
        ], stepCost: stepCost, maxSteps: maxSteps)
    }

    public var stateCount: Int { cellOfState.count }
    public var actionCount: Int { Action.allCases.count }

    /// The (row, column) of a state, rows counted from the top.
    public func position(of state: Int) throws -> (row: Int, column: Int) {
        try require(state >= 0 && state < stateCount, "GridWorld has states 0..<\(stateCount), got \(state)")
        let cell = cellOfState[state]
        return (cell / columns, cell % columns)
    }

    /// The state at (row, column), nil for a wall or a position off the grid.
    public func state(row: Int, column: Int) -> Int? {
        guard row >= 0, row < rows, column >= 0, column < columns else { return nil }
        return stateOfCell[row * columns + column]
    }

    /// The kind of cell at (row, column), nil off the grid.
    public func cell(row: Int, column: Int) -> Cell? {
        guard row >= 0, row < rows, column >= 0, column < columns else { return nil }
        return cells[row * columns + column]
    }

    public func isTerminal(_ state: Int) -> Bool {
        guard state >= 0 && state < stateCount else { return false }
        let cell = cells[cellOfState[state]]
        return cell == .goal || cell == .pit
    }

    public func outcome(of action: Int, in state: Int) -> (next: Int, reward: Double, terminal: Bool) {
        guard state >= 0, state < stateCount, let move = Action(rawValue: action) else { return (state, 0, true) }
        let cell = cellOfState[state]
        let row = cell / columns + move.offset.row, column = cell % columns + move.offset.column
        let next = self.state(row: row, column: column) ?? state
        switch cells[cellOfState[next]] {
        case .goal: return (next, goalReward, true)
        case .pit: return (next, pitReward, true)
        case .empty, .start, .wall: return (next, -stepCost, false)
        }
    }

    public func reset() -> [Double] {
        state = startState
        clock.start()
        return oneHot(state)
    }

    public func step(_ action: Int) throws -> Transition {
        try step(action, from: &state, clock: &clock, name: "GridWorld")
    }

    /// The layout, with the agent's current cell marked `@`.
    public var description: String {
        let agent = cellOfState[state]
        var lines: [String] = []
        for row in 0..<rows {
            lines.append(String((0..<columns).map { column in
                let index = row * columns + column
                return index == agent ? "@" : cells[index].rawValue
            }))
        }
        return lines.joined(separator: "\n")
    }
}
