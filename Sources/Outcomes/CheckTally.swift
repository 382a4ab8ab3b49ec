/// The verdicts a `check` cell printed: one per line, starting with `✓` (passed) or `✗` (failed).
///
/// Lessons print their checks through a small `expect(condition, message)` helper, so a check
/// cell can report several verdicts and keep going after the first failure, which gives a
/// student more to work with than a single runtime error would.
public struct CheckTally: Equatable, Sendable {
    public var passed: [String] = []
    public var failed: [String] = []

    public init(output: String) {
        for line in output.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("✓") {
                passed.append(String(trimmed))
            } else if trimmed.hasPrefix("✗") {
                failed.append(String(trimmed))
            }
        }
    }

    /// A message naming the failed verdicts, or nil when none failed.
    public func failureMessage(exercise: String) -> String? {
        guard !failed.isEmpty else { return nil }
        let total = passed.count + failed.count
        let shown = failed.prefix(3).joined(separator: "; ")
        let more = failed.count > 3 ? "; …" : ""
        return "check of exercise '\(exercise)' failed (\(failed.count) of \(total)): \(shown)\(more)"
    }
}
