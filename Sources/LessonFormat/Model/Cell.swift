/// One Swift code block of a lesson, with where it came from.
public struct Cell: Hashable, Sendable {
    /// Position among the lesson's cells, from 0.
    public var index: Int
    public var kind: CellKind
    /// The code, exactly as cmark gives it (container indentation removed), ending in a newline.
    public var code: String
    /// The info string as written after the opening fence.
    public var info: String
    /// Line of the opening fence in the Markdown file.
    public var fenceLine: Int
    /// Markdown column at which each code line's text starts, minus one (0 for a top-level
    /// fence); a code column `c` on code line `i` is Markdown column `c + columnOffsets[i]`.
    /// Both count characters.
    public var columnOffsets: [Int]
    /// The `output` block that follows this cell, if any: a doctest.
    public var expectedOutput: ExpectedOutput?
    /// The info word `varies`: what the cell prints changes from run to run (training times), so
    /// it has no `output` block and `run --compile` compares its text with the numbers left out.
    public var varies: Bool

    public init(index: Int, kind: CellKind, code: String, info: String, fenceLine: Int,
                columnOffsets: [Int], expectedOutput: ExpectedOutput? = nil, varies: Bool = false) {
        self.varies = varies
        self.index = index
        self.kind = kind
        self.code = code
        self.info = info
        self.fenceLine = fenceLine
        self.columnOffsets = columnOffsets
        self.expectedOutput = expectedOutput
    }

    /// Markdown line of the cell's first code line.
    public var firstCodeLine: Int { fenceLine + 1 }

    /// Maps a 1-based (line, character column) inside `code` to the Markdown file.
    public func markdownPosition(line: Int, column: Int) -> (line: Int, column: Int) {
        let offset = (line >= 1 && line <= columnOffsets.count) ? columnOffsets[line - 1]
            : (columnOffsets.last ?? 0)
        return (fenceLine + line, column + offset)
    }
}

/// The expected output of the cell before it (an `output` fenced block).
public struct ExpectedOutput: Hashable, Sendable {
    public var text: String
    /// Relative tolerance for numbers (`output tol=1e-3`); the default is 1e-6.
    public var tolerance: Double
    /// Line of the `output` block's opening fence.
    public var fenceLine: Int
    /// Line of its closing fence, or of its last line when nothing closes it (then the block
    /// runs to the end of its container, and `run --fix` leaves it alone).
    public var endLine: Int

    public static let defaultTolerance = 1e-6

    /// `endLine` defaults to the line right after the text, where a closing fence would be.
    public init(text: String, tolerance: Double = ExpectedOutput.defaultTolerance, fenceLine: Int, endLine: Int? = nil) {
        self.text = text
        self.tolerance = tolerance
        self.fenceLine = fenceLine
        let lines = LineBreaks.lines(of: text)
        self.endLine = endLine ?? fenceLine + lines.count - (lines.last?.isEmpty == true ? 1 : 0) + 1
    }
}
