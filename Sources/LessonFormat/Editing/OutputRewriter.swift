/// Rewrites a lesson's `output` blocks with new text (`lectern run --fix`).
public enum OutputRewriter {
    /// Returns `lesson.source` with each given output block's body replaced. Lines keep the
    /// container prefix of their fence (list indentation, `> `), and nothing else in the file
    /// changes, so the rewrite is a minimal diff.
    public static func rewrite(_ lesson: Lesson, replacing outputs: [(ExpectedOutput, String)]) -> String {
        var lines = lesson.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Bottom to top, so earlier line numbers stay valid as bodies grow or shrink.
        for (expected, newText) in outputs.sorted(by: { $0.0.fenceLine > $1.0.fenceLine }) {
            let fenceIndex = expected.fenceLine - 1
            guard fenceIndex >= 0, fenceIndex < lines.count else { continue }
            let prefix = containerPrefix(of: lines[fenceIndex])
            var oldCount = expected.text.split(separator: "\n", omittingEmptySubsequences: false).count
            if expected.text.hasSuffix("\n") || expected.text.isEmpty { oldCount -= 1 }
            var body = newText.split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 }
            if newText.hasSuffix("\n") || newText.isEmpty { body.removeLast() }
            let start = fenceIndex + 1
            let end = min(lines.count, start + max(0, oldCount))
            lines.replaceSubrange(start..<end, with: body)
        }
        return lines.joined(separator: "\n")
    }

    /// What stands before the fence characters on the fence line: indentation and `>` markers.
    private static func containerPrefix(of fenceLine: String) -> String {
        String(fenceLine.prefix { $0 == " " || $0 == "\t" || $0 == ">" })
    }
}
