/// Points with integer class labels, drawn with one colour and marker shape per class.
///
/// The arrays are truncated to the shortest of `x`, `y` and `classes`; non-finite points are
/// skipped. Negative class labels are drawn as their absolute value's class.
public struct ScatterPoints: Equatable, Sendable, Codable {
    /// Horizontal coordinates.
    public var x: [Double]
    /// Vertical coordinates.
    public var y: [Double]
    /// The class of each point (0, 1, 2, …).
    public var classes: [Int]
    /// Legend names per class; classes without a name are called "class k".
    public var classNames: [String]

    /// Creates labelled points.
    public init(x: [Double], y: [Double], classes: [Int], classNames: [String] = []) {
        self.x = x
        self.y = y
        self.classes = classes
        self.classNames = classNames
    }

    /// Creates points that all belong to class 0.
    public init(x: [Double], y: [Double], name: String = "") {
        let count = min(x.count, y.count)
        self.init(x: x, y: y, classes: Array(repeating: 0, count: count), classNames: name.isEmpty ? [] : [name])
    }
}
