import Foundation
import LessonFormat
import Outcomes

/// The closing lines of `run`: one line per lesson, then every error as `file:line:col` so an
/// editor can jump to it.
enum Summary {
    static func print(_ results: [LessonResult], color: Bool, listErrors: Bool) {
        var text = "\n"
        for result in results {
            let ran = result.cells.filter { $0.status != .notRun }.count
            let errors = result.errors.count
            let mark = errors == 0 ? paint("✓", "32", color) : paint("✗", "31", color)
            let seconds = result.fromCache ? "cached" : String(format: "%.2f s", result.seconds)
            text += "\(mark) \(result.lesson.file): \(ran) cell\(ran == 1 ? "" : "s") ran, "
                + (errors == 0 ? "no errors" : "\(errors) error\(errors == 1 ? "" : "s")") + " (\(seconds))\n"
        }
        let allErrors = results.flatMap(\.errors)
        if listErrors && !allErrors.isEmpty {
            text += "\n"
            for result in results {
                for error in result.errors {
                    text += error.rendered(sourceLines: result.lesson.sourceLines) + "\n"
                }
            }
        }
        // Warnings (an exercise without a solution) do not fail the lesson, but are said here too.
        let warnings = results.flatMap { result in result.diagnostics.filter { $0.severity == .warning }.map { (result, $0) } }
        if listErrors && !warnings.isEmpty {
            text += "\n"
            for (result, warning) in warnings { text += warning.rendered(sourceLines: result.lesson.sourceLines) + "\n" }
        }
        if results.count > 1 {
            let failing = results.filter { !$0.isSuccess }.count
            let cached = results.filter(\.fromCache).count
            text += (failing == 0
                ? "\(results.count) lessons, all passed"
                : "\(failing) of \(results.count) lessons have errors")
                + (cached == 0 ? "" : " (\(cached) from the cache; --no-cache runs them)") + "\n"
        } else if results.first?.fromCache == true {
            text += "(results from the cache; --no-cache runs the lesson)\n"
        }
        Swift.print(text, terminator: "")
    }

    static func paint(_ text: String, _ code: String, _ color: Bool) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
