import LessonFormat
import Outcomes
import Runner
import Site

/// Walks a lesson in document order, rendering prose and running cells as they come, so output
/// appears while a long lesson is still running. `step` adds its prompts through `beforeCell`.
enum LessonWalk {
    enum Decision {
        case run, skip, quit
    }

    /// Returns false when the walk was stopped by `beforeCell` or `afterCell` answering `.quit`.
    @discardableResult
    static func run(_ runner: LessonRunner, renderer: TerminalRenderer, progress: ProgressBar? = nil,
                    write: (String) -> Void,
                    beforeCell: (Cell) -> Decision = { _ in .run },
                    afterCell: (Cell, CellResult) -> Decision = { _, _ in .run }) -> Bool {
        let lines = runner.lesson.sourceLines
        for item in runner.lesson.items {
            switch item {
            case .prose(let block):
                write(renderer.renderProse(block))
            case .cell(let cell):
                write(renderer.renderCellCode(cell))
                let decision = runner.shouldRun(cell) ? beforeCell(cell) : .run
                switch decision {
                case .quit: return false
                case .skip:
                    write("\n")  // the code block's closing blank line, which a result would have given
                    continue
                case .run: break
                }
                let result = runner.run(cell)
                progress?.clear()
                write(renderer.renderCellResult(result, sourceLines: lines))
                if afterCell(cell, result) == .quit { return false }
            }
        }
        return true
    }
}
