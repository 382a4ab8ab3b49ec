import Foundation

/// Loads numeric tables from comma-separated files, with errors that say `file:line`.
public enum CSV {
    /// A parsed table: optional column names and rows of numbers, all of one width.
    public struct Table: Equatable, Sendable {
        /// The header's column names, or empty when the file has no header.
        public var columns: [String]
        /// The data rows.
        public var rows: [[Double]]
    }

    /// Reads `path`. The first line is a header when any of its fields is not a number.
    /// Blank lines are skipped; fields may be quoted; `#` starts a comment line.
    public static func read(_ path: String) throws -> Table {
        let name = (path as NSString).lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else {
            throw MLError.dataFile("\(path): no such file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MLError.dataFile("\(path): cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MLError.dataFile("\(path): the file is not UTF-8 text")
        }
        return try parse(text, name: name)
    }

    /// Parses CSV `text`; `name` is used in error messages.
    public static func parse(_ text: String, name: String = "<csv>") throws -> Table {
        var columns: [String] = []
        var rows: [[Double]] = []
        var width: Int?
        var widthLine = 0
        // "\r\n" is a single Character in Swift, so split on each newline form explicitly.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            let line = String(rawLine)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = splitFields(line)
            let numbers = fields.map { Double($0.trimmingCharacters(in: .whitespaces)) }
            if width == nil {
                width = fields.count
                widthLine = lineNumber
                if numbers.contains(where: { $0 == nil }) {
                    columns = fields.map { $0.trimmingCharacters(in: .whitespaces) }
                    continue
                }
            }
            guard fields.count == width else {
                throw MLError.dataFile("\(name):\(lineNumber): this row has \(fields.count) fields but line \(widthLine) has \(width ?? 0)")
            }
            var row = [Double]()
            row.reserveCapacity(fields.count)
            for (column, number) in numbers.enumerated() {
                guard let number else {
                    let label = column < columns.count ? "column \(column + 1) (\(columns[column]))" : "column \(column + 1)"
                    throw MLError.dataFile("\(name):\(lineNumber): '\(fields[column].trimmingCharacters(in: .whitespaces))' in \(label) is not a number")
                }
                row.append(number)
            }
            rows.append(row)
        }
        return Table(columns: columns, rows: rows)
    }

    /// Fields of one line, honouring double quotes (a doubled quote inside quotes is a literal quote).
    static func splitFields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { current.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(current); current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
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
