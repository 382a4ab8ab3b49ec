import Foundation
import LessonFormat

/// The student edition of a lesson: every solution and every hidden check removed (with an
/// `output` block that belongs to one), the starters in place, and every other byte as it was.
public enum Handout {
    /// The handout's Markdown text.
    public static func text(of lesson: Lesson) -> String {
        let lines = markdownLines(lesson.source)
        let removed = withheldLineNumbers(of: lesson, lines: lines)
        var kept: [Substring] = []
        kept.reserveCapacity(lines.count)
        var skipped = false
        for (index, line) in lines.enumerated() {
            if removed.contains(index + 1) {
                skipped = true
                continue
            }
            // A block removed between two blank lines leaves one of them, not a double gap.
            if skipped, isBlank(line), kept.last.map(isBlank) ?? true {
                skipped = false
                continue
            }
            skipped = false
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    /// Whether a cell is left out of handouts.
    public static func isWithheld(_ kind: CellKind) -> Bool {
        switch kind {
        case .solution: return true
        case .check(_, let hidden): return hidden
        default: return false
        }
    }

    /// Problems with a handout made from `lesson`: it must parse as a lesson with the same title
    /// and exercises, without solutions or hidden checks, and contain no line of their code that
    /// the rest of the lesson does not also have. Empty when the handout is sound.
    public static func problems(in handout: String, of lesson: Lesson, file: String) -> [String] {
        let parsed = LessonParser.parse(handout, file: file)
        var problems: [String] = []
        if parsed.title != lesson.title { problems.append("the handout's title differs from the lesson's") }
        let ids = { (l: Lesson) in l.cells.compactMap { cell -> String? in
            if case .exercise(let id, _) = cell.kind { return id } else { return nil } } }
        if ids(parsed) != ids(lesson) { problems.append("the handout's exercises differ from the lesson's") }
        if parsed.cells.contains(where: { isWithheld($0.kind) }) {
            problems.append("the handout still has a solution or hidden check")
        }
        let errors = { (l: Lesson) in l.diagnostics.filter { $0.severity == .error }.map(\.message) }
        for message in errors(parsed) where !errors(lesson).contains(message) {
            problems.append("the handout has an error the lesson has not: \(message)")
        }
        let shown = Set(markdownLines(handout).map { $0.trimmingCharacters(in: .whitespaces) })
        for line in withheldLines(of: lesson) where shown.contains(line) {
            problems.append("the handout contains a line of a solution or hidden check: \(line)")
        }
        return problems
    }

    /// Lines of solutions and hidden checks (trimmed, non-empty) that no other part of the
    /// lesson contains: the text a handout must not have.
    public static func withheldLines(of lesson: Lesson) -> [String] {
        let lines = markdownLines(lesson.source)
        let withheld = withheldLineNumbers(of: lesson, lines: lines)
        var elsewhere: Set<String> = []
        var secret: [String] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if withheld.contains(index + 1) {
                if !trimmed.isEmpty, !CellLines.isFence(line) { secret.append(trimmed) }
            } else {
                elsewhere.insert(trimmed)
            }
        }
        var seen: Set<String> = []
        return secret.filter { !elsewhere.contains($0) && seen.insert($0).inserted }
    }

    /// The lines of the withheld cells, fences and `output` blocks included (1-based).
    private static func withheldLineNumbers(of lesson: Lesson, lines: [Substring]) -> Set<Int> {
        var numbers: Set<Int> = []
        for cell in lesson.cells where isWithheld(cell.kind) {
            var range = CellLines(cell: cell, lines: lines)
            if let output = cell.expectedOutput {
                range.last = max(range.last, CellLines(fenceLine: output.fenceLine, text: output.text, lines: lines).last)
            }
            numbers.formUnion(range.first...range.last)
        }
        return numbers
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }
}

