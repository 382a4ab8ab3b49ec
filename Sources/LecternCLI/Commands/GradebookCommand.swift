import ArgumentParser
import Foundation
import Grading

/// `lectern gradebook`: the course gradebook that `lectern grade --gradebook` fills.
struct GradebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradebook",
        abstract: "Work with the course gradebook (a SQLite file kept by `lectern grade --gradebook`).",
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the course CSV: a row per student, a column per lesson, the total.",
            discussion: """
            Examples:
              lectern gradebook export course.sqlite
              lectern gradebook export course.sqlite --out course.csv
            """
        )

        @Argument(help: "The gradebook.", completion: .file(extensions: ["sqlite"]))
        var gradebook: String

        @Option(name: .long, help: "Write the CSV to this file instead of standard output.", completion: .file(extensions: ["csv"]))
        var out: String?

        func run() throws {
            guard FileManager.default.fileExists(atPath: gradebook) else {
                StandardError.write("lectern: error: \(gradebook): no such file\n")
                throw ExitStatus.usage.code
            }
            do {
                let csv = try Gradebook(path: gradebook).courseCSV()
                if let out {
                    guard FileManager.default.createFile(atPath: out, contents: Data(csv.utf8)) else {
                        throw GradingError("cannot write \(out)")
                    }
                    print("wrote \(out)")
                } else {
                    print(csv, terminator: "")
                }
            } catch {
                StandardError.write("lectern: error: \(error)\n")
                throw ExitStatus.usage.code
            }
        }
    }
}
