import Outcomes

/// The terminal table `lectern grade` prints: a row per student, a column per exercise, the
/// total, and the number of findings with the first one.
public enum GradesTable {
    public static func render(_ document: GradesDocument, width: Int = 100) -> String {
        let possible = document.exercises.reduce(0) { $0 + $1.points }
        var rows: [[String]] = [["student"] + document.exercises.map(\.id) + ["total", "findings"]]
        rows.append(["(possible)"] + document.exercises.map { formatPoints($0.points) } + [formatPoints(possible), ""])
        for report in document.students {
            var row = [report.student]
            for exercise in document.exercises {
                row.append(report.exercises.first { $0.id == exercise.id }.map { formatPoints($0.points) } ?? "0")
            }
            row.append(formatPoints(report.total))
            row.append(findingsSummary(report.findings))
            rows.append(row)
        }
        var widths = Array(repeating: 0, count: rows[0].count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < row.count - 1 { widths[i] = max(widths[i], cell.count) }
        }
        let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        let findingsWidth = max(20, width - fixed)
        var text = ""
        for (n, row) in rows.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                if i == row.count - 1 {
                    line += cell.count > findingsWidth ? String(cell.prefix(findingsWidth - 1)) + "…" : cell
                } else if i == 0 {
                    line += cell + String(repeating: " ", count: widths[i] - cell.count) + "  "
                } else {
                    line += String(repeating: " ", count: widths[i] - cell.count) + cell + "  "
                }
            }
            text += line.trimmingTrailingSpaces() + "\n"
            if n == 1 {
                text += String(repeating: "─", count: min(width, fixed + min(findingsWidth, 20))) + "\n"
            }
        }
        return text
    }

    static func findingsSummary(_ findings: [Finding]) -> String {
        guard let first = findings.first else { return "" }
        return "\(findings.count): " + first.header
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
