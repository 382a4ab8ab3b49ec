/// A classifier's output over a rectangle, shaded, with the data points drawn on top.
///
/// When every finite grid value is a whole number the values are class labels and each cell is
/// tinted with its class's colour; otherwise they are probabilities of class 1 in [0, 1], drawn
/// as bands between the class-0 and class-1 colours with the 0.5 iso-line as the boundary.
public struct DecisionBoundary: Equatable, Sendable {
    /// The classifier's outputs.
    public var grid: Grid
    /// The data points.
    public var points: ScatterPoints

    /// Creates a decision-boundary figure.
    public init(grid: Grid, points: ScatterPoints) {
        self.grid = grid
        self.points = points
    }

    /// Whether the grid holds class labels rather than probabilities.
    var holdsClassLabels: Bool {
        grid.values.allSatisfy { !$0.isFinite || $0 == $0.rounded() }
    }
}
