import ArgumentParser
import Foundation
import Grading

/// `lectern grade-worker` (hidden): one submission, run in its own process by `lectern grade`.
/// Reads the job as JSON on standard input and writes one JSON event per line.
struct GradeWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade-worker",
        abstract: "Grade one submission read from standard input (started by `lectern grade`).",
        shouldDisplay: false
    )

    func run() throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let status = GradingWorker.main(input: input) { line in
            FileHandle.standardOutput.write(Data(line.utf8))
        }
        if status != 0 { throw ExitCode(status) }
    }
}
