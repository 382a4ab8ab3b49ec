import Foundation

/// Loads numeric tables from comma-separated files, with errors that say `file:line`.
public enum CSV {
    /// A parsed table: optional column names and rows of numbers, all of one width.
    public struct Table: Equatable, Sendable {
        /// The header's column names, or empty when the file has no header.
        public var columns: [String]
        /// The data rows.
        public var rows: [[Double]]
        /// The line of the file each row came from (1-based), so checks of the values can say where.
        public var lines: [Int] = []
    }

    /// Reads `path`. The first line is a header when any of its fields is not a number.
    /// Blank lines are skipped; fields may be quoted; `#` starts a comment line.
    ///
    /// Under a `Budget`, the file's size counts against the lesson's memory, every number read
    /// against the cell's allocation, and parsing looks at the clock every thousand lines.
    public static func read(_ path: String) throws -> Table {
        let name = (path as NSString).lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else {
            throw MLError.dataFile("\(path): no such file")
        }
        let budget = Budget.current
        if let budget, let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
            // The bytes, then the text decoded from them, are held at once.
            try budget.checkMemory(adding: Budget.saturatingProduct(size, 2),
                                   for: "reading '\(name)' (\(Budget.describe(bytes: size)))")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MLError.dataFile("\(path): cannot read the file")
        }
        try budget?.check()
        guard let text = String(data: data, encoding: .utf8) else {
            throw MLError.dataFile("\(path): the file is not UTF-8 text")
        }
        try budget?.check()
        return try parse(text, name: name)
    }

    /// Parses CSV `text`; `name` is used in error messages.
    public static func parse(_ text: String, name: String = "<csv>") throws -> Table {
        var text = text
        return try text.withUTF8 { try parse(bytes: $0, name: name) }
    }

    /// The parser proper, over UTF-8 bytes: lines end at "\n", "\r\n" or "\r", and commas and
    /// quotes are ASCII, so no byte of a multi-byte character can be mistaken for one.
    private static func parse(bytes: UnsafeBufferPointer<UInt8>, name: String) throws -> Table {
        var columns: [String] = []
        var rows: [[Double]] = []
        var lines: [Int] = []
        var width: Int?
        var widthLine = 0
        let budget = Budget.current
        var checkpoints = BudgetCheckpoints(every: 1_024, budget: budget)
        var lineNumber = 0
        var start = 0
        while true {
            var end = start
            while end < bytes.count, bytes[end] != newline, bytes[end] != carriageReturn { end += 1 }
            lineNumber += 1
            try checkpoints.pass()
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !isBlank(line) && line.first != UInt8(ascii: "#") {
                let fields = splitFields(line)
                let numbers = fields.map { Double(trimmed($0)) }
                var isHeader = false
                if width == nil {
                    width = fields.count
                    widthLine = lineNumber
                    if numbers.contains(where: { $0 == nil }) {
                        columns = fields.map(trimmed)
                        isHeader = true
                    }
                }
                if !isHeader {
                    guard fields.count == width else {
                        throw MLError.dataFile("\(name):\(lineNumber): this row has \(fields.count) fields but line \(widthLine) has \(width ?? 0)")
                    }
                    try budget?.allocate(fields.count)
                    var row = [Double]()
                    row.reserveCapacity(fields.count)
                    for (column, number) in numbers.enumerated() {
                        guard let number else {
                            let label = column < columns.count ? "column \(column + 1) (\(columns[column]))" : "column \(column + 1)"
                            throw MLError.dataFile("\(name):\(lineNumber): '\(trimmed(fields[column]))' in \(label) is not a number")
                        }
                        row.append(number)
                    }
                    rows.append(row)
                    lines.append(lineNumber)
                }
            }
            guard end < bytes.count else { break }
            let crlf = bytes[end] == carriageReturn && end + 1 < bytes.count && bytes[end + 1] == newline
            start = end + (crlf ? 2 : 1)
        }
        return Table(columns: columns, rows: rows, lines: lines)
    }

    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")

    /// Whether a line holds only whitespace (as Foundation's `.whitespaces` defines it).
    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { return true }
        guard line.contains(where: { $0 >= 0x80 }) else { return false }
        return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// A field without surrounding whitespace; ASCII fields (nearly all) skip Foundation.
    private static func trimmed(_ field: String) -> String {
        let utf8 = field.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return field.trimmingCharacters(in: .whitespaces) }
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return field }
        return String(field[first...last])
    }

    /// Fields of one line, honouring double quotes (a doubled quote inside quotes is a literal quote).
    static func splitFields(_ line: String) -> [String] {
        var line = line
        return line.withUTF8 { splitFields($0) }
    }

    private static func splitFields(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
        var fields: [String] = []
        var current: [UInt8] = []
        var quoted = false
        var i = 0
        while i < line.count {
            let byte = line[i]
            i += 1
            if quoted {
                if byte == quote {
                    if i < line.count, line[i] == quote { current.append(quote); i += 1 } else { quoted = false }
                } else { current.append(byte) }
            } else if byte == quote {
                quoted = true
            } else if byte == comma {
                fields.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
        }
        fields.append(String(decoding: current, as: UTF8.self))
        return fields
    }

    /// Loads a data set from `path`: `targetColumns` (0-based; default the last column) become the
    /// targets, all other columns the features.
    public static func dataset(_ path: String, targetColumns: [Int]? = nil) throws -> Dataset {
        let table = try read(path)
        guard let width = table.rows.first?.count else { throw MLError.dataFile("\(path): the file has no data rows") }
        let targets = targetColumns ?? [width - 1]
        for column in targets where column < 0 || column >= width {
            throw MLError.invalidArgument("target column \(column) is out of range for \(width) columns in \(path)")
        }
        let featureColumns = (0..<width).filter { !targets.contains($0) }
        let n = table.rows.count
        let x = table.rows.flatMap { row in featureColumns.map { row[$0] } }
        let y = table.rows.flatMap { row in targets.map { row[$0] } }
        return Dataset(unchecked: Tensor(unchecked: [n, featureColumns.count], scalars: x),
                       targets: Tensor(unchecked: [n, targets.count], scalars: y))
    }
}
