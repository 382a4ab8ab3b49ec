import LessonFormat

/// One verdict of a native check (`check`, `expect(_:approx:)`, `expectEqual`) that a cell called.
///
/// Verdicts are data the interpreter recorded, never text read from the cell's output, so
/// printing `✓` proves nothing. Expected and actual values are kept only for failed checks, and
/// never for a hidden check (its message and verdict are all anyone sees).
public struct CheckResult: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case condition, approximately, equal
    }

    public var kind: Kind
    public var message: String
    public var passed: Bool
    /// The check's own `points:`; nil shares the rest of the exercise's points equally.
    public var points: Double?
    public var expected: String?
    public var actual: String?
    /// Where arrays or tensors first differ, or why the values could not be compared.
    public var detail: String?
    /// From a `swift check … hidden` cell.
    public var hidden: Bool
    /// Where the check was called, in the Markdown file (never for a hidden check).
    public var location: SourceLocation?

    public init(kind: Kind, message: String, passed: Bool, points: Double? = nil, expected: String? = nil,
                actual: String? = nil, detail: String? = nil, hidden: Bool = false, location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.passed = passed
        self.points = points
        self.hidden = hidden
        if !hidden {
            self.expected = expected
            self.actual = actual
            self.detail = detail
            self.location = location
        }
    }

    /// One line for a terminal or a message: `✗ message: expected 0, got 1 (first difference at element [2] of shape [4])`.
    public var summary: String {
        var text = (passed ? "✓ " : "✗ ") + message
        if !passed, let expected, let actual { text += ": expected \(expected), got \(actual)" }
        if !passed, let detail { text += " (\(detail))" }
        return text
    }

    /// The message of a cell whose checks failed, naming up to three of them.
    public static func failureMessage(_ checks: [CheckResult], exercise: String?) -> String? {
        let failed = checks.filter { !$0.passed }
        guard !failed.isEmpty else { return nil }
        let shown = failed.prefix(3).map(\.summary).joined(separator: "; ")
        let more = failed.count > 3 ? "; …" : ""
        let subject = exercise.map { "check of exercise '\($0)'" } ?? "check"
        return "\(subject) failed (\(failed.count) of \(checks.count)): \(shown)\(more)"
    }
}
