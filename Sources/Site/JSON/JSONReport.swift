import LessonFormat
import Outcomes

/// The machine-readable report of a run (`lectern run --format json`), for tools and tests.
///
/// Shape (keys always in this order; the first keys of each object are the stable contract,
/// later ones are extra detail):
///
///     {"lessons":[{"file":…,"title":…|null,"cells":[
///        {"line":N,"kind":"run","output":"…","error":null|{"line":L,"column":C,"message":"…"},
///         "status":"ran","displayed":null|"…","figures":0,
///         "doctest":null|{"passed":true,"expected":"…","actual":"…"},
///         "checks":[{"message":"…","passed":true,"points":null,"expected":null,"actual":null,"detail":null}]}],
///      "diagnostics":[{"line":L,"column":C,"severity":"error","message":"…"}],"success":true}]}
///
/// `line` is the cell's first code line, `kind` is `CellKind.name`, `output` exactly what the
/// cell printed. `error` is what makes the cell fail, if anything: its diagnostic, or for a
/// cell that ran but whose doctest failed, the doctest's diagnostic. Timings are left out so
/// that the report is the same on every run. Written by hand (no Foundation) for exact control
/// of key order and escaping; the text is one line, without a final newline.
public enum JSONReport {
    public static func render(_ lessons: [LessonResult]) -> String {
        "{\"lessons\":[" + lessons.map(lessonJSON).joined(separator: ",") + "]}"
    }

    static func lessonJSON(_ result: LessonResult) -> String {
        var fields: [String] = []
        fields.append("\"file\":" + string(result.lesson.file))
        fields.append("\"title\":" + (result.lesson.title.map(string) ?? "null"))
        fields.append("\"cells\":[" + result.cells.map(cellJSON).joined(separator: ",") + "]")
        fields.append("\"diagnostics\":[" + result.diagnostics.map { diagnostic in
            "{\"line\":\(diagnostic.location.line),\"column\":\(diagnostic.location.column),"
                + "\"severity\":" + string(diagnostic.severity.rawValue)
                + ",\"message\":" + string(diagnostic.message) + "}"
        }.joined(separator: ",") + "]")
        fields.append("\"success\":" + (result.isSuccess ? "true" : "false"))
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func cellJSON(_ result: CellResult) -> String {
        var fields: [String] = []
        fields.append("\"line\":\(result.cell.firstCodeLine)")
        fields.append("\"kind\":" + string(result.cell.kind.name))
        fields.append("\"output\":" + string(result.output))
        fields.append("\"error\":" + (failure(of: result).map { diagnostic in
            "{\"line\":\(diagnostic.location.line),\"column\":\(diagnostic.location.column),\"message\":"
                + string(diagnostic.message) + "}"
        } ?? "null"))
        fields.append("\"status\":" + string(result.status.rawValue))
        fields.append("\"displayed\":" + (result.displayedValue.map(string) ?? "null"))
        fields.append("\"figures\":\(result.figures.count)")
        fields.append("\"doctest\":" + (result.doctest.map { doctest in
            "{\"passed\":" + (doctest.passed ? "true" : "false") + ",\"expected\":" + string(doctest.expected)
                + ",\"actual\":" + string(doctest.actual) + "}"
        } ?? "null"))
        fields.append("\"checks\":[" + result.checks.map(checkJSON).joined(separator: ",") + "]")
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// One check verdict: `{"message":…,"passed":…,"points":null|N,"expected":null|…,"actual":null|…,"detail":null|…}`.
    static func checkJSON(_ check: CheckResult) -> String {
        func optional(_ text: String?) -> String { text.map(string) ?? "null" }
        return "{\"message\":" + string(check.message) + ",\"passed\":" + (check.passed ? "true" : "false")
            + ",\"points\":" + (check.points.map { formatPoints($0) } ?? "null")
            + ",\"expected\":" + optional(check.expected) + ",\"actual\":" + optional(check.actual)
            + ",\"detail\":" + optional(check.detail) + "}"
    }

    /// The diagnostic that makes a cell unsuccessful, as `LessonResult.errors` chooses it.
    static func failure(of result: CellResult) -> Diagnostic? {
        guard !result.isSuccess else { return nil }
        if let diagnostic = result.diagnostic, result.status != .expectedError { return diagnostic }
        if let doctest = result.doctest, !doctest.passed { return doctest.diagnostic }
        if result.status == .missingError {
            return Diagnostic(at: SourceLocation(file: "", line: result.cell.fenceLine, column: 1),
                              CellLabel.missingErrorMessage)
        }
        return nil
    }

    /// A JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t`, … or
    /// `\u00XX`; everything else (non-ASCII included) as it is, which JSON allows.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
