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
        let lines = submission.sourceLines
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

    /// The file's lines with each exercise cell collapsed to one marker line, trailing spaces
    /// and carriage returns dropped, trailing blank lines removed.
    static func masked(_ lesson: Lesson) -> [Line] {
        let lines = lesson.sourceLines
        var exerciseAt: [Int: (id: String, last: Int)] = [:]
        for cell in lesson.cells {
            if case .exercise(let id, _) = cell.kind {
                exerciseAt[cell.fenceLine] = (id, CellLines(cell: cell, lines: lines).last)
            }
        }
        var result: [Line] = []
        var number = 1
        while number <= lines.count {
            if let exercise = exerciseAt[number] {
                result.append(Line(text: "\u{1}exercise \(exercise.id)", line: number))
                number = max(number, exercise.last) + 1
                continue
            }
            var text = Substring(lines[number - 1])
            while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
            result.append(Line(text: String(text), line: number))
            number += 1
        }
        while let last = result.last, last.text.isEmpty { result.removeLast() }
        return result
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
