/// Where a cell's code came from, so that an error raised later in that code (a function or a
/// `description` called from another cell) can name its place in the lesson file.
public struct CellOrigin: Sendable {
    /// Names the cell in messages, e.g. `01-perceptron.md:42` (file and first code line).
    public var name: String
    private let locate: @Sendable (_ line: Int, _ column: Int) -> String

    /// `locate` turns a (line, column) in the cell's code into a place in the file, such as
    /// `01-perceptron.md:45:12`.
    public init(name: String, locate: @escaping @Sendable (_ line: Int, _ column: Int) -> String) {
        self.name = name
        self.locate = locate
    }

    /// A cell known only by name: places in it are given relative to its first line.
    public init(name: String) {
        self.init(name: name) { line, column in "line \(line), column \(column) of the cell at \(name)" }
    }

    /// The place of a (line, column) in the cell's code.
    public func place(line: Int, column: Int) -> String { locate(line, column) }
}
