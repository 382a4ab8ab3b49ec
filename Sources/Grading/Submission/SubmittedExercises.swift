import LessonFormat
import Outcomes

/// The exercise cells a submission offers, matched by id to the lesson's exercises.
///
/// Only exercise cells are taken from a submission; everything else comes from the
/// instructor's lesson. An id that is missing, duplicated or unknown, and any malformed Markdown
/// in the submission, is a finding.
struct SubmittedExercises {
    /// The first cell for each of the lesson's exercise ids that the submission has.
    var cells: [String: Cell] = [:]
    var findings: [Finding] = []
    /// No cell of the submission is an exercise: it is probably not this lesson at all.
    var hasNoExercises = false

    init(submission: Lesson, lessonExercises: [String]) {
        let lines = markdownLines(submission.source)
        var seen: [String: Int] = [:]
        var unknown: [Cell] = []
        for cell in submission.cells {
            guard case .exercise(let id, _) = cell.kind else { continue }
            guard lessonExercises.contains(id) else {
                unknown.append(cell)
                continue
            }
            if seen[id] == nil {
                seen[id] = cell.fenceLine
                cells[id] = cell
            }
        }
        // Problems of the submission's exercise cells; its other cells are never used (an edit
        // there is reported as an edit outside the exercises).
        let exerciseFences = Set(submission.cells.filter(OutsideEdits.isExercise).map(\.fenceLine))
        for diagnostic in submission.diagnostics where diagnostic.severity == .error && exerciseFences.contains(diagnostic.location.line) {
            var message = diagnostic.message
            if message.hasPrefix("duplicate exercise id '"), let id = message.split(separator: "'").dropFirst().first,
               let first = seen[String(id)] {
                message = "exercise '\(id)' appears twice; the cell at line \(first) was graded, this one was not"
            }
            findings.append(Finding(.format, message, at: diagnostic.location,
                                    excerpt: Excerpt.at(diagnostic.location, lines: lines)))
        }
        let missing = lessonExercises.filter { cells[$0] == nil }
        if cells.isEmpty, unknown.isEmpty {
            hasNoExercises = true
            findings = [Finding(.unreadable, "the file has none of the lesson's exercise cells (```swift exercise id=…); is it the lesson's Markdown file?")]
            return
        }
        if missing.count == 1, unknown.count == 1, let renamed = unknown.first, case .exercise(let id, _) = renamed.kind {
            // One exercise renamed: say so once.
            let at = submission.location(line: renamed.fenceLine, column: 1)
            findings.append(Finding(.format, "exercise '\(id)' is not in the lesson (was it '\(missing[0])'?); '\(missing[0])' is missing and scored 0",
                                    at: at, excerpt: Excerpt.at(at, lines: lines)))
            return
        }
        for cell in unknown {
            guard case .exercise(let id, _) = cell.kind else { continue }
            let at = submission.location(line: cell.fenceLine, column: 1)
            findings.append(Finding(.format, "exercise '\(id)' is not in the lesson; it was not graded",
                                    at: at, excerpt: Excerpt.at(at, lines: lines)))
        }
        for id in missing {
            findings.append(Finding(.format, "exercise '\(id)' is missing (no ```swift exercise id=\(id) cell); it scored 0"))
        }
    }
}

/// The source line of a location and a caret under its column, as compilers show them.
enum Excerpt {
    static func at(_ location: SourceLocation, lines: [Substring]) -> String? {
        guard location.line >= 1, location.line <= lines.count else { return nil }
        let rendered = Diagnostic(at: location, "").rendered(sourceLines: lines)
        guard let firstBreak = rendered.firstIndex(of: "\n") else { return nil }
        return String(rendered[rendered.index(after: firstBreak)...])
    }

    static func at(_ location: SourceLocation, lines: [String]) -> String? {
        at(location, lines: lines.map { Substring($0) })
    }
}
