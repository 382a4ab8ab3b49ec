import LessonFormat
import Outcomes

/// Edits a student made outside the exercise cells, found by comparing the submission with the
/// handout it was made from. The grader never runs those edits; the feedback says so, so a
/// student does not lose work silently (nbgrader's users did: nbgrader#500).
enum OutsideEdits {
    /// The most edits listed one by one; more are summed up in a last finding.
    static let listed = 5

    static func findings(submission: Lesson, handout: Lesson, file: String) -> [Finding] {
        let ours = masked(submission)
        let theirs = masked(handout)
        let hunks = changedLines(ours.map(\.text), theirs.map(\.text))
        var findings: [Finding] = []
        let lines = markdownLines(submission.source)
        for (n, hunk) in hunks.enumerated() {
            guard n < listed else {
                findings.append(Finding(.outsideEdit, "\(hunks.count - listed) more changes outside the exercise cells were not graded either"))
                break
            }
            if hunk < ours.count {
                let location = submission.location(line: ours[hunk].line, column: 1)
                findings.append(Finding(.outsideEdit, "your change here is outside an exercise cell and was not graded",
                                        at: location, excerpt: Excerpt.at(location, lines: lines)))
            } else {
                findings.append(Finding(.outsideEdit, "lines at the end of the lesson were removed or changed; changes outside the exercise cells are not graded"))
            }
        }
        return findings
    }

    struct Line {
        var text: String
        /// Its line in the file (for an exercise cell: the fence line).
        var line: Int
    }

    /// The file's non-blank lines outside its exercise cells (every cell whose info string
    /// says `swift exercise`, duplicated or unknown ones too: those have findings of their own),
    /// trailing spaces and carriage returns dropped. Blank lines do not count as edits.
    static func masked(_ lesson: Lesson) -> [Line] {
        let lines = markdownLines(lesson.source)
        var exerciseLines: Set<Int> = []
        for cell in lesson.cells where isExercise(cell) {
            let range = CellLines(cell: cell, lines: lines)
            exerciseLines.formUnion(range.first...range.last)
        }
        var result: [Line] = []
        for (index, line) in lines.enumerated() where !exerciseLines.contains(index + 1) {
            var text = line
            while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
            if !text.isEmpty { result.append(Line(text: String(text), line: index + 1)) }
        }
        return result
    }

    static func isExercise(_ cell: Cell) -> Bool {
        if case .exercise = cell.kind { return true }
        return cell.info.split(separator: " ").prefix(2) == ["swift", "exercise"]
    }

    /// Indices into `ours` where a run of lines that `theirs` does not have (or lacks) begins:
    /// one per hunk of a longest-common-subsequence diff. An index equal to `ours.count` means
    /// lines were removed at the end.
    static func changedLines(_ ours: [String], _ theirs: [String]) -> [Int] {
        var prefix = 0
        while prefix < ours.count, prefix < theirs.count, ours[prefix] == theirs[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < ours.count - prefix, suffix < theirs.count - prefix,
              ours[ours.count - 1 - suffix] == theirs[theirs.count - 1 - suffix] { suffix += 1 }
        let a = Array(ours[prefix..<(ours.count - suffix)])
        let b = Array(theirs[prefix..<(theirs.count - suffix)])
        if a.isEmpty && b.isEmpty { return [] }
        if a.isEmpty || b.isEmpty || a.count * b.count > 4_000_000 { return [prefix] }
        // lengths[i][j]: LCS of a[i...] and b[j...].
        let width = b.count + 1
        var lengths = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = a[i] == b[j] ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var hunks: [Int] = []
        var inHunk = false
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                inHunk = false
                i += 1; j += 1
                continue
            }
            if !inHunk { hunks.append(prefix + i); inHunk = true }
            if j < b.count, i == a.count || lengths[i * width + j + 1] >= lengths[(i + 1) * width + j] {
                j += 1
            } else {
                i += 1
            }
        }
        return hunks
    }
}
