import Foundation
import LessonFormat
import LessonKit
import Outcomes

/// `lectern run --compile`: a lesson's cells compiled by swiftc as one program against MLCore
/// and LessonKit, run, and compared cell by cell with what the interpreter makes of them.
///
/// The cells are those the instructor's edition runs (an exercise's solution, not its starter),
/// without `swift error` cells, which must fail and so cannot be part of a program that runs.
/// For each cell the printed text, the verdicts of its checks and the number of figures it drew
/// must agree; a difference is a diagnostic at the cell's fence naming both sides. A compile
/// error is a diagnostic at the Markdown position swiftc reports (through `#sourceLocation`).
/// A cell's displayed value (a trailing expression) is not compared: compiled Swift prints none.
/// A `varies` cell (one that prints times) is compared with its numbers left out.
public struct CompiledComparison: Sendable {
    /// A compile error or a difference: where, and what both sides printed (shown under the
    /// diagnostic's caret).
    public struct Finding: Sendable, Equatable {
        public var diagnostic: Diagnostic
        public var detail: String

        public init(_ diagnostic: Diagnostic, detail: String = "") {
            self.diagnostic = diagnostic
            self.detail = detail
        }
    }

    public var lesson: Lesson
    /// Compile errors and differences, in the order of the lesson.
    public var findings: [Finding]
    /// How many cells were compared, and how many of those agreed.
    public var comparedCells: Int
    public var agreeingCells: Int
    /// Seconds swiftc took, and the compiled program.
    public var compileSeconds: Double
    public var runSeconds: Double

    /// Whether swiftc built the program (else the findings are its errors).
    public var compiled = false

    public var agrees: Bool { findings.isEmpty }

    /// The most seconds swiftc may take for one lesson.
    static let compileTimeout = 600.0

    /// Compiles and runs `lesson` with `toolchain` and compares it with the interpreter run
    /// with `options` (its exercise mode is set to solutions). The program may take as long as
    /// the interpreter's cells may together (`maxSeconds` per cell).
    public static func run(_ lesson: Lesson, toolchain: SwiftToolchain, options: RunOptions = RunOptions()) -> CompiledComparison {
        var options = options
        options.exercises = .solutions
        let runner = LessonRunner(lesson: lesson, options: options)
        let cells = lesson.cells.filter { runner.shouldRun($0) && $0.kind != .expectError }
        var comparison = CompiledComparison(lesson: lesson, findings: [], comparedCells: 0, agreeingCells: 0,
                                            compileSeconds: 0, runSeconds: 0)
        let program = CompiledProgram(cells: cells, file: lesson.file)

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-compile-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            try program.source.write(toFile: scratch + "/main.swift", atomically: true, encoding: .utf8)
        } catch {
            comparison.findings = [Finding(Diagnostic(at: lesson.location(line: 1, column: 1), "cannot write the compiled program: \(error)"))]
            return comparison
        }
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        var start = Date()
        let compiled = FinishedProcess.run(toolchain.swiftc, toolchain.arguments(source: scratch + "/main.swift", executable: scratch + "/lesson"),
                                           in: scratch, scratch: scratch, timeout: compileTimeout)
        comparison.compileSeconds = Date().timeIntervalSince(start)
        guard compiled.succeeded else {
            comparison.findings = compileErrors(compiled, program: program, lesson: lesson)
            return comparison
        }
        comparison.compiled = true

        let interpreted = runner.runAll()
        let folder = (lesson.file as NSString).deletingLastPathComponent
        start = Date()
        let ran = FinishedProcess.run(scratch + "/lesson", [], in: options.dataFolder ?? (folder.isEmpty ? "." : folder),
                                      scratch: scratch, timeout: options.limits.maxSeconds * Double(max(cells.count, 1)))
        comparison.runSeconds = Date().timeIntervalSince(start)
        let records = Dictionary(CompiledCells.records(in: ran.standardOutput).map { ($0.index, $0) }, uniquingKeysWith: { a, _ in a })

        for cell in cells {
            guard let result = interpreted.cells.first(where: { $0.cell.index == cell.index }) else { continue }
            comparison.comparedCells += 1
            let at = lesson.location(line: cell.fenceLine, column: 1)
            guard let record = records[cell.index] else {
                comparison.findings.append(Finding(Diagnostic(at: at, "the compiled program ended (\(ran.ending)) before this cell"),
                                                   detail: tail(ran.standardError)))
                break
            }
            var differences: [String] = [], details: [String] = []
            let sameOutput = cell.varies ? DoctestResult.sameIgnoringNumbers(record.output, result.output)
                                         : record.output == result.output
            if !sameOutput {
                differences.append(cell.varies ? "prints something else, even with its numbers left out" : "prints something else")
                details.append("compiled Swift prints:\n" + indented(record.output) + "\nlectern prints:\n" + indented(result.output))
            }
            if let checks = record.checks, let figures = record.figures {
                let lecternChecks = result.checks.map(\.passed)
                if checks != lecternChecks {
                    differences.append("its checks give \(verdicts(checks)) where lectern's give \(verdicts(lecternChecks))")
                }
                if figures != result.figures.count {
                    differences.append("it draws \(figures) figure\(figures == 1 ? "" : "s") where lectern draws \(result.figures.count)")
                }
            } else {
                differences.append("the program stopped in this cell (\(ran.ending))")
                details.append(tail(ran.standardError))
            }
            if differences.isEmpty {
                comparison.agreeingCells += 1
            } else {
                comparison.findings.append(Finding(Diagnostic(at: at, "compiled, this cell " + differences.joined(separator: "; ")),
                                                   detail: details.filter { !$0.isEmpty }.joined(separator: "\n")))
            }
            if record.checks == nil { break }
        }
        return comparison
    }

    /// swiftc's errors as diagnostics in the Markdown file; an error outside it (there should be
    /// none) is reported at the lesson's first line with swiftc's own words.
    static func compileErrors(_ compiled: FinishedProcess, program: CompiledProgram, lesson: Lesson) -> [Finding] {
        var diagnostics: [Diagnostic] = []
        for line in compiled.standardError.split(separator: "\n") {
            guard let error = CompilerMessage(line), error.severity == "error" else { continue }
            if error.file == program.file {
                let column = program.markdownColumn(line: error.line, column: error.column)
                diagnostics.append(Diagnostic(at: SourceLocation(file: lesson.file, line: error.line, column: column), error.message))
            } else {
                diagnostics.append(Diagnostic(at: lesson.location(line: 1, column: 1), "swiftc: \(line)"))
            }
        }
        guard diagnostics.isEmpty else { return diagnostics.map { Finding($0) } }
        return [Finding(Diagnostic(at: lesson.location(line: 1, column: 1), "the compiled lesson did not build (\(compiled.ending))"),
                        detail: tail(compiled.standardError))]
    }

    private static func verdicts(_ checks: [Bool]) -> String {
        checks.isEmpty ? "no verdicts" : checks.map { $0 ? "✓" : "✗" }.joined()
    }

    private static func indented(_ text: String) -> String {
        guard !text.isEmpty else { return "    (nothing)" }
        var lines = LineBreaks.lines(of: text)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { "    " + $0 }.joined(separator: "\n")
    }

    /// The last lines of a process's standard error, indented, or nothing.
    private static func tail(_ errors: String) -> String {
        errors.split(separator: "\n").suffix(5).map { "    " + $0 }.joined(separator: "\n")
    }
}

/// One line of swiftc's output in the form `file:line:column: severity: message`.
struct CompilerMessage {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var message: String

    init?(_ text: Substring) {
        // The file may contain colons; the line and column are the last two numbers before ": severity: ".
        for severity in ["error", "warning", "note"] {
            guard let marker = text.range(of: ": \(severity): ") else { continue }
            let place = text[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard place.count >= 3, let line = Int(place[place.count - 2]), let column = Int(place[place.count - 1]) else { return nil }
            file = place.dropLast(2).joined(separator: ":")
            self.line = line
            self.column = column
            self.severity = severity
            message = String(text[marker.upperBound...])
            return
        }
        return nil
    }
}
