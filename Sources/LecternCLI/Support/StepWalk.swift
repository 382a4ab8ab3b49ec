import LessonFormat
import Outcomes
import Runner
import Site

/// `lectern step`'s walk through one lesson: prose (paged when it is longer than the screen),
/// then each cell's code and a prompt.
///
/// Keys, before a cell runs: Enter runs it, `s` skips it, `b` goes back to the cell before, `r`
/// re-reads the file (an edit to this or a later cell is picked up), `q` quits. After it ran:
/// Enter goes on, `r` re-reads the file and runs the cell again, `b` goes back, `q` quits. Any
/// other key says which keys there are. In the student's edition (the default) an exercise
/// runs the student's own code and solutions are neither shown nor run.
final class StepWalk {
    private let path: String
    private let runner: LessonRunner
    private let renderer: TerminalRenderer
    private let progress: ProgressBar
    private let showsSolutions: Bool
    /// Lines of prose shown before the pager waits; nil never pages.
    private let pageLines: Int?
    private let readLine: () -> String?
    private let write: (String) -> Void

    init(path: String, runner: LessonRunner, renderer: TerminalRenderer, progress: ProgressBar, showsSolutions: Bool,
         pageLines: Int?, readLine: @escaping () -> String?, write: @escaping (String) -> Void) {
        self.path = path
        self.runner = runner
        self.renderer = renderer
        self.progress = progress
        self.showsSolutions = showsSolutions
        self.pageLines = pageLines
        self.readLine = readLine
        self.write = write
    }

    private static let keysBefore = "⏎ run · s skip · b back · r re-read · q quit"
    private static let keysAfter = "⏎ next · r re-read and run again · b back · q quit"

    /// Walks the lesson; false when the reader quit (or input ended) before its end.
    func run() -> Bool {
        var position = 0
        walk: while position < runner.lesson.items.count {
            guard case .cell(var cell) = runner.lesson.items[position] else {
                var prose = ""
                while position < runner.lesson.items.count, case .prose(let block) = runner.lesson.items[position] {
                    prose += renderer.renderProse(block)
                    position += 1
                }
                if !page(prose) { return false }
                continue
            }
            guard isShown(cell) else { position += 1; continue }
            if cell.kind != .hidden { write(renderer.renderCellCode(cell)) }
            guard asks(cell) else {
                show(runner.run(cell))
                position += 1
                continue
            }
            before: while true {
                switch ask(Self.keysBefore) {
                case nil, "q": return false
                case "": break before
                case "s":
                    runner.skip(cell)
                    write("(skipped; a later cell that needs what it declares will say so)\n\n")
                    position += 1
                    continue walk
                case "b":
                    if let previous = previousCell(before: position) { position = previous; continue walk }
                    write("(this is the first cell)\n")
                case "r":
                    position = reread(keeping: cell) ?? position
                    continue walk
                case let key?:
                    write(Self.unknown(key, keys: Self.keysBefore))
                }
            }
            show(runner.run(cell))
            while true {
                switch ask(Self.keysAfter) {
                case nil, "q": return false
                case "":
                    position += 1
                    continue walk
                case "b":
                    if let previous = previousCell(before: position) { position = previous; continue walk }
                    write("(this is the first cell)\n")
                case "r":
                    if let moved = reread(keeping: cell), case .cell(let edited) = runner.lesson.items[moved] {
                        position = moved
                        cell = edited
                        write(renderer.renderCellCode(cell))
                    }
                    show(runner.run(cell))
                case let key?:
                    write(Self.unknown(key, keys: Self.keysAfter))
                }
            }
        }
        return true
    }

    static func unknown(_ key: String, keys: String) -> String {
        "unknown key '\(key)'; the keys are: \(keys)\n"
    }

    /// Solutions only in the instructor's edition; hidden checks are the grader's.
    private func isShown(_ cell: Cell) -> Bool {
        switch cell.kind {
        case .solution: return showsSolutions
        case .check(_, let hidden): return !hidden
        default: return true
        }
    }

    /// Hidden set-up and cells that do not run (`norun`) go by without a prompt.
    private func asks(_ cell: Cell) -> Bool { cell.kind != .hidden && runner.shouldRun(cell) }

    private func show(_ result: CellResult) {
        progress.clear()
        write(renderer.renderCellResult(result, sourceLines: runner.lesson.sourceLines))
    }

    /// The item position of the last cell with a prompt before `position`.
    private func previousCell(before position: Int) -> Int? {
        var index = position - 1
        while index >= 0 {
            if case .cell(let cell) = runner.lesson.items[index], isShown(cell), asks(cell) { return index }
            index -= 1
        }
        return nil
    }

    /// Reads the file again and carries on with it; returns the item position of the cell
    /// with `cell`'s number in the edited lesson (nil, with a message, when that fails).
    private func reread(keeping cell: Cell) -> Int? {
        let edited: Lesson
        do {
            edited = try LessonLoader.load(path: path)
        } catch {
            write("cannot re-read the lesson: \(error); going on with the text read before\n")
            return nil
        }
        guard let position = edited.items.firstIndex(where: { if case .cell(let c) = $0 { return c.index == cell.index } else { return false } }) else {
            write("the edited lesson has no cell \(cell.index + 1) any more; going on with the text read before\n")
            return nil
        }
        runner.reload(edited)
        write("(re-read \(path))\n")
        return position
    }

    /// Shows prose a screenful at a time; false when input ended while paging.
    private func page(_ text: String) -> Bool {
        guard let pageLines, pageLines > 1 else {
            write(text)
            return true
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        var start = 0
        while lines.count - start > pageLines {
            write(lines[start..<start + pageLines - 1].joined(separator: "\n") + "\n")
            start += pageLines - 1
            let answer = ask("— more (\(lines.count - start) lines): ⏎ next page · a all · q quit —")
            if answer == nil || answer == "q" { return false }
            if answer == "a" { break }
        }
        write(lines[start...].joined(separator: "\n") + "\n")
        return true
    }

    /// Shows the keys and reads one answer; nil at end of input.
    private func ask(_ keys: String) -> String? {
        write(keys + " › ")
        guard let line = readLine() else {
            write("(end of input)\n")
            return nil
        }
        if !TerminalInfo.standardInputIsTerminal { write(line + "\n") }  // echo piped answers so the transcript reads well
        return line.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
