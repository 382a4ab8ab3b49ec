import Interpreter
import LessonFormat
import Outcomes

/// The grader's rule for a student's exercise cell, which makes tampering decidable: it may
/// declare only the names the instructor's starter for it declares, may change only those
/// names, and may not call the checks or use what a hidden check declares.
///
/// A top-level declaration or statement that breaks the rule is a finding and is blanked out
/// (its characters become spaces, its lines stay, so every later position in the student's file
/// is unchanged): it never runs, and the checks always see the instructor's bindings. A
/// redefined `check`, an `extension Array` that changes `allSatisfy`, a `let tolerance` that
/// shadows the set-up, `tolerance = 1e9` inside the student's function — each is caught here.
struct ExerciseRules {
    /// The names each exercise's starter declares, by exercise id.
    let allowedNames: [String: Set<String>]
    /// Names exercise code may not refer to: the native checks, and what hidden checks declare.
    let forbiddenReferences: Set<String>
    /// The subset of `forbiddenReferences` that hidden checks declare (for the message).
    let hiddenNames: Set<String>

    static let checkFunctions: Set<String> = ["check", "expect", "expectEqual"]

    init(lesson: Lesson) {
        var allowed: [String: Set<String>] = [:]
        var hidden: Set<String> = []
        for cell in lesson.cells {
            switch cell.kind {
            case .exercise(let id, _):
                allowed[id] = Set(DeclaredNames.read(cell.code).declaredNames)
            case .check(_, true):
                hidden.formUnion(DeclaredNames.read(cell.code).declaredNames)
            default:
                break
            }
        }
        allowedNames = allowed
        hiddenNames = hidden.subtracting(allowed.values.reduce(into: Set<String>()) { $0.formUnion($1) })
        forbiddenReferences = ExerciseRules.checkFunctions.union(hiddenNames)
    }

    /// The cell's code with every item that breaks the rule blanked out, and a finding for each.
    func clean(_ cell: Cell, exercise id: String, file: String, lines: [Substring]) -> (code: String, findings: [Finding]) {
        let facts = DeclaredNames.read(cell.code, watching: forbiddenReferences)
        // A cell that does not parse does not run: it declares nothing and changes nothing.
        guard !facts.hasSyntaxErrors else { return (cell.code, []) }
        let allowed = allowedNames[id] ?? []
        var findings: [Finding] = []
        var blanked: [Range<Int>] = []
        let own = Set(facts.items.flatMap(\.names).filter(allowed.contains))

        func report(_ item: DeclaredNames.Item, line: Int, column: Int, _ message: String) {
            let position = cell.markdownPosition(line: line, column: column)
            let location = SourceLocation(file: file, line: position.line, column: position.column)
            findings.append(Finding(.rule, message, at: location, excerpt: Excerpt.at(location, lines: lines)))
            blanked.append(item.utf8Range)
        }

        for item in facts.items {
            if item.kind == .import { continue }
            if let extra = item.names.first(where: { !allowed.contains($0) }) {
                report(item, line: item.line, column: item.column, declarationMessage(item.kind, extra, exercise: id, allowed: allowed))
                continue
            }
            if let reference = item.references.first {
                let why = hiddenNames.contains(reference.name)
                    ? "uses '\(reference.name)', which belongs to the instructor's hidden checks"
                    : "calls '\(reference.name)': checks belong in the lesson's check cells, not in an exercise"
                report(item, line: reference.line, column: reference.column, why + "; this part of the exercise was not run")
                continue
            }
            if let write = item.writes.first(where: { !own.contains($0.name) }) {
                report(item, line: write.line, column: write.column,
                       "changes '\(write.name)', which this exercise does not declare (an exercise may change only its own names); this part of the exercise was not run")
            }
        }
        return (blank(cell.code, blanked), findings)
    }

    private func declarationMessage(_ kind: DeclaredNames.Item.Kind, _ name: String, exercise id: String,
                                    allowed: Set<String>) -> String {
        let what: String
        switch kind {
        case .extension: what = "an extension of '\(name)'"
        case .type: what = "a type '\(name)'"
        case .function: what = "a function '\(name)'"
        default: what = "'\(name)'"
        }
        let starter = allowed.isEmpty ? "declares nothing" : "declares only " + allowed.sorted().map { "'\($0)'" }.joined(separator: ", ")
        return "declares \(what), but the starter of exercise '\(id)' \(starter); this declaration was not run"
    }

    /// `code` with the given UTF-8 ranges turned into spaces, newlines kept, one space per
    /// Unicode scalar so columns after them stay where they were.
    private func blank(_ code: String, _ ranges: [Range<Int>]) -> String {
        guard !ranges.isEmpty else { return code }
        var result = String.UnicodeScalarView()
        var offset = 0
        for scalar in code.unicodeScalars {
            let inside = ranges.contains { $0.contains(offset) }
            result.append(inside && scalar != "\n" && scalar != "\r" ? " " : scalar)
            offset += String(scalar).utf8.count
        }
        return String(result)
    }
}
