import Foundation
import LessonFormat
import Runner

/// `lectern run --compile`: each lesson compiled with swiftc and compared with lectern's own run,
/// one line per lesson as it finishes, then every difference located in its Markdown file.
enum CompiledRun {
    /// Whether every lesson agreed; throws (exit status 2) when this machine cannot compile.
    static func run(_ lessons: [Lesson], options: RunOptions, color: Bool) throws -> Bool {
        let toolchain: SwiftToolchain
        switch SwiftToolchain.locate() {
        case .success(let found): toolchain = found
        case .failure(let error):
            StandardError.write("lectern: error: --compile: \(error)\n")
            throw ExitStatus.usage.code
        }
        var comparisons: [CompiledComparison] = []
        for lesson in lessons {
            let comparison = CompiledComparison.run(lesson, toolchain: toolchain, options: options)
            comparisons.append(comparison)
            let mark = comparison.agrees ? Summary.paint("✓", "32", color) : Summary.paint("✗", "31", color)
            let times = String(format: "swiftc %.1f s, program %.1f s", comparison.compileSeconds, comparison.runSeconds)
            let findings = comparison.findings.count
            let verdict = !comparison.compiled ? "does not compile, \(findings) error\(findings == 1 ? "" : "s")"
                : comparison.agrees ? "compiled, \(comparison.comparedCells) cell\(comparison.comparedCells == 1 ? "" : "s") agree"
                : "compiled, \(findings) difference\(findings == 1 ? "" : "s")"
                    + " (\(comparison.agreeingCells) of \(comparison.comparedCells) cells agree)"
            print("\(mark) \(lesson.file): \(verdict) (\(times))")
        }
        var text = ""
        for comparison in comparisons {
            for finding in comparison.findings {
                text += "\n" + finding.diagnostic.rendered(sourceLines: comparison.lesson.sourceLines) + "\n"
                if !finding.detail.isEmpty { text += finding.detail + "\n" }
            }
        }
        if comparisons.count > 1 {
            let failing = comparisons.filter { !$0.agrees }.count
            text += "\n" + (failing == 0 ? "\(comparisons.count) lessons, all agree with compiled Swift\n"
                                         : "\(failing) of \(comparisons.count) lessons differ from compiled Swift\n")
        }
        print(text, terminator: "")
        return comparisons.allSatisfy(\.agrees)
    }
}
