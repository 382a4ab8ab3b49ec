import LessonFormat

/// The caption shown above a cell whose kind matters to a reader, shared by the renderers.
enum CellLabel {
    /// `Exercise NAME (N points)`, `Solution`, `Check`, …; nil for ordinary cells.
    static func text(for kind: CellKind) -> String? {
        switch kind {
        case .run, .hidden: return nil
        case .norun: return "Not run"
        case .expectError: return "Expected error"
        case .exercise(let id, let points): return "Exercise \(id) (\(points) \(points == 1 ? "point" : "points"))"
        case .solution: return "Solution"
        case .check(_, let hidden): return hidden ? "Check (hidden)" : "Check"
        }
    }

    /// Said of a `swift error` cell that ran cleanly when the runner gave no diagnostic.
    static let missingErrorMessage = "this cell is marked `swift error` but ran without error"
}
