import Foundation

/// The cell boundaries of a compiled lesson (`lectern run --compile`), written into the program's
/// standard output so that lectern can cut it back into one output per cell.
///
/// The generated program calls `begin(_:)` before each cell's code and `finish()` at the end.
/// Each cell's output is framed as
///
///     ␞lectern-cell 3␞ …what the cell printed… ␞lectern-end checks=✓✗ figures=1␞
///
/// (␞ is U+001E, the ASCII record separator, which lesson output never contains): the end record
/// carries what is not printed text — the verdicts of the native checks, in order, and how many
/// figures the cell drew — so those are compared with the interpreter's too. A cell whose end
/// record is missing did not finish (the program trapped or exited inside it).
public enum CompiledCells {
    static let separator: Character = "\u{1E}"
    nonisolated(unsafe) static var current: Int?
    nonisolated(unsafe) static var verdicts: [Bool] = []
    nonisolated(unsafe) static var figures = 0

    /// Ends the running cell (if any) and starts cell `index` (the lesson's cell index, from 0).
    public static func begin(_ index: Int) {
        endCurrent()
        current = index
        write("\(separator)lectern-cell \(index)\(separator)")
    }

    /// Ends the last cell; the program's last statement.
    public static func finish() {
        endCurrent()
    }

    private static func endCurrent() {
        guard current != nil else { return }
        let checks = String(verdicts.map { $0 ? "✓" : "✗" })
        write("\(separator)lectern-end checks=\(checks) figures=\(figures)\(separator)")
        verdicts = []
        figures = 0
        current = nil
    }

    /// Writes through `print`'s own buffer (so the order with the lesson's output is kept) and
    /// flushes it, so a cell that traps still leaves the output of the cells before it.
    private static func write(_ text: String) {
        print(text, terminator: "")
        fflush(stdout)
    }

    /// Ends the program the way a failed native call ends a cell in the interpreter: with the
    /// message on standard error (the cell's end record is then missing).
    static func fail(_ error: Error) -> Never {
        fflush(stdout)
        FileHandle.standardError.write(Data("LessonKit: \(error)\n".utf8))
        exit(1)
    }

    /// One cell's part of a compiled lesson's output.
    public struct Record: Equatable, Sendable {
        /// The lesson's cell index.
        public var index: Int
        /// What the cell printed.
        public var output: String
        /// The verdicts of its checks, in order; nil when the cell did not finish.
        public var checks: [Bool]?
        /// How many figures it drew; nil when the cell did not finish.
        public var figures: Int?

        public init(index: Int, output: String, checks: [Bool]?, figures: Int?) {
            self.index = index
            self.output = output
            self.checks = checks
            self.figures = figures
        }
    }

    /// Cuts a compiled lesson's standard output into its cells' records, in order.
    public static func records(in output: String) -> [Record] {
        var records: [Record] = []
        let parts = output.split(separator: separator, omittingEmptySubsequences: false)
        var i = 1
        // parts: [before, "lectern-cell N", output, "lectern-end …", between, "lectern-cell M", …]
        while i < parts.count {
            guard parts[i].hasPrefix("lectern-cell "), let index = Int(parts[i].dropFirst("lectern-cell ".count)) else {
                i += 1
                continue
            }
            let text = i + 1 < parts.count ? String(parts[i + 1]) : ""
            var record = Record(index: index, output: text, checks: nil, figures: nil)
            if i + 2 < parts.count, parts[i + 2].hasPrefix("lectern-end ") {
                for field in parts[i + 2].dropFirst("lectern-end ".count).split(separator: " ") {
                    if field.hasPrefix("checks=") { record.checks = field.dropFirst("checks=".count).map { $0 == "✓" } }
                    if field.hasPrefix("figures=") { record.figures = Int(field.dropFirst("figures=".count)) }
                }
                if record.checks == nil { record.checks = [] }
                i += 4
            } else {
                i += 2
            }
            records.append(record)
        }
        return records
    }
}
