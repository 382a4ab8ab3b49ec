import ArgumentParser

/// The root command: a literate lesson runner for a neural-network course.
struct Lectern: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lectern",
        abstract: "Run, step through and publish Markdown lessons whose Swift code blocks execute.",
        discussion: """
        Lessons are Markdown files (Lessons/NN-slug.md) with fenced ```swift blocks. lectern runs \
        the blocks in order in one session per lesson, against an embedded ML core, and reports \
        every mistake at lesson.md:LINE:COLUMN.

        Examples:
          lectern run Lessons                      run the whole course in order
          lectern run Lessons/01-perceptron.md     run one lesson
          lectern run --format json Lessons/01-perceptron.md
          lectern run --fix Lessons/07-loss-functions.md   (rewrite its output blocks)
          lectern step Lessons/01-perceptron.md    step through a lesson cell by cell
          lectern export Lessons --out site        write the static HTML course site
          lectern serve Lessons                    preview the site at http://127.0.0.1:8000/, reloading as lessons change
          lectern cache clear                      forget the cached lesson results (.lectern-cache/)
          lectern check my-03-lesson.md            a student runs the visible checks of their copy
          lectern handout Lessons --out handout    the student edition (no solutions, no hidden checks)
          lectern verify Lessons                   every solution passes its checks, every starter fails one
          lectern grade Lessons/03-x.md submissions/ --out grades   grade a class

        Exit status: 0 when every cell behaved as its kind says, 1 when a lesson has errors, \
        2 for usage or I/O errors (missing file, not UTF-8, not a lesson).
        """,
        version: "0.1.0",
        subcommands: [RunCommand.self, StepCommand.self, ExportCommand.self, ServeCommand.self, CheckCommand.self, HandoutCommand.self,
                      GradeCommand.self, VerifyCommand.self, GradebookCommand.self, CacheCommand.self, GradeWorkerCommand.self]
    )
}
