/// A classifier's output over a rectangle, shaded, with the data points drawn on top.
///
/// When every finite grid value is a whole number the values are class labels and each cell is
/// tinted with its class's colour; otherwise they are probabilities of class 1 in [0, 1], drawn
/// as bands between the class-0 and class-1 colours with the 0.5 iso-line as the boundary.
public struct DecisionBoundary: Equatable, Sendable, Codable {
    /// The classifier's outputs.
    public var grid: Grid
    /// The data points.
    public var points: ScatterPoints
    /// Extra iso-lines of the grid, drawn dashed: an SVM's margin edges f = ±1.
    public var guideLevels: [Double]
    /// The legend text of the dashed lines (empty: no legend entry).
    public var guideName: String
    /// Points drawn ringed on top of the data: support vectors, or k-means centroids.
    public var ringed: [(x: Double, y: Double)] {
        get { zip(ringedX, ringedY).map { (x: $0.0, y: $0.1) } }
        set { ringedX = newValue.map(\.x); ringedY = newValue.map(\.y) }
    }
    /// The legend text of the ringed points.
    public var ringedName: String
    private var ringedX: [Double]
    private var ringedY: [Double]

    /// Creates a decision-boundary figure, optionally with dashed guide lines and ringed points.
    public init(grid: Grid, points: ScatterPoints, guideLevels: [Double] = [], guideName: String = "",
                ringed: [(x: Double, y: Double)] = [], ringedName: String = "") {
        self.grid = grid
        self.points = points
        self.guideLevels = guideLevels
        self.guideName = guideName
        self.ringedX = ringed.map(\.x)
        self.ringedY = ringed.map(\.y)
        self.ringedName = ringedName
    }

    /// Whether the grid holds class labels rather than probabilities.
    var holdsClassLabels: Bool {
        grid.values.allSatisfy { !$0.isFinite || $0 == $0.rounded() }
    }
}
