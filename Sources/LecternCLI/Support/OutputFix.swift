import Foundation
import LessonFormat
import Outcomes

/// `lectern run --fix`: rewrites the bodies of a lesson's `output` blocks from what their cells
/// printed, and says what it did (on standard error, since standard output is the run's).
///
/// Only blocks whose cell ran and printed something else change (see `OutputRewriter` for what
/// a rewrite may touch). Cells without an `output` block get none: `--fix` never adds blocks,
/// so a lesson's structure stays the author's; an empty `output` block after a cell is how an
/// author asks for its output to be recorded.
enum OutputFix {
    /// Fixes one lesson. Returns false when the file could not be rewritten (an I/O error),
    /// and the result with every rewritten block's doctest counted as passing: the file now
    /// expects what the cells printed, so the run that fixed it reports success.
    static func apply(to result: LessonResult) -> (ok: Bool, result: LessonResult) {
        let ok = rewrite(result)
        guard ok.updated > 0 else { return (ok.ok, result) }
        var fixed = result
        for index in fixed.cells.indices {
            guard let expected = fixed.cells[index].cell.expectedOutput, var doctest = fixed.cells[index].doctest,
                  !doctest.passed, !ok.refusedLines.contains(expected.fenceLine) else { continue }
            doctest.passed = true
            doctest.expected = fixed.cells[index].output
            doctest.diagnostic = Diagnostic(.note, at: SourceLocation(file: result.lesson.file, line: expected.fenceLine, column: 1),
                                            "output block rewritten by --fix")
            fixed.cells[index].doctest = doctest
        }
        return (ok.ok, fixed)
    }

    private static func rewrite(_ result: LessonResult) -> (ok: Bool, updated: Int, refusedLines: Set<Int>) {
        let file = result.lesson.file
        let changes: [(ExpectedOutput, String)] = result.cells.compactMap { cell in
            guard let expected = cell.cell.expectedOutput, let doctest = cell.doctest, !doctest.passed else { return nil }
            return (expected, cell.output)
        }
        guard !changes.isEmpty else {
            StandardError.write("lectern: \(file): no output block needs updating; nothing changed\n")
            return (true, 0, [])
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            StandardError.write("lectern: error: could not read \(file) again to update it\n")
            return (false, 0, [])
        }
        let text = String(decoding: data, as: UTF8.self)
        guard String(text.drop { $0 == "\u{FEFF}" }) == result.lesson.source else {
            StandardError.write("lectern: error: \(file) changed while it ran; its output blocks were not updated\n")
            return (false, 0, [])
        }
        let rewrite = OutputRewriter.rewrite(text, replacing: changes)
        for refusal in rewrite.refusals {
            StandardError.write("lectern: \(file):\(refusal.line): output block not updated: \(refusal.reason)\n")
        }
        let updated = changes.count - rewrite.refusals.count
        let refused = Set(rewrite.refusals.map(\.line))
        guard updated > 0, rewrite.text != text else {
            StandardError.write("lectern: \(file): nothing changed\n")
            return (rewrite.refusals.isEmpty, 0, refused)
        }
        do {
            try LessonFile.overwrite(file, with: Data(rewrite.text.utf8))
        } catch {
            StandardError.write("lectern: error: could not update \(file): \(error)\n")
            return (false, 0, refused)
        }
        StandardError.write("lectern: updated \(updated) output block\(updated == 1 ? "" : "s") in \(file); "
                            + "the run counts \(updated == 1 ? "it" : "them") as fixed\n")
        return (rewrite.refusals.isEmpty, updated, refused)
    }
}
