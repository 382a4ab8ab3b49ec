import ArgumentParser
import Foundation
import Grading
import LessonFormat

/// `lectern grade`: grade a class's submissions of one lesson.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade students' submissions of a lesson: grades.csv, grades.json and a feedback page each.",
        discussion: """
        Only the exercise cells are taken from each submission, by id; the set-up, the checks \
        and the hidden checks come from LESSON. An exercise may declare only the names its starter \
        declares and change only those; anything else is a finding and does not run. Each \
        submission runs in its own worker process (--jobs at a time) under the interpreter's \
        budgets and OS limits on memory and CPU time; a submission that loops, crashes or kills \
        its worker gets a finding, and every other grade is kept.

        SUBMISSIONS are files or folders. A student's id is the file's name (alice.md → alice), \
        or the folder's for a file named like the lesson (alice/03-feed-forward-networks.md).

        OUT receives grades.csv (a row per student: a column per exercise, total, findings), \
        grades.json (everything, also read back by --resume) and feedback/STUDENT.html. The same \
        inputs give byte-identical grades.csv and grades.json, whatever the number of workers.

        Examples:
          lectern grade Lessons/03-feed-forward-networks.md submissions/ --out grades/week3
          lectern grade Lessons/03-feed-forward-networks.md submissions/ --out grades/week3 --resume
          lectern grade Lessons/03-feed-forward-networks.md submissions/ --out grades/week3 --gradebook course.sqlite --similarity

        Exit status: 0 when the batch was graded (problems with submissions are findings in the \
        report), 2 for usage or I/O errors with the lesson, the paths or the output folder.
        """
    )

    @Argument(help: "The instructor's lesson (with solutions and hidden checks).", completion: .file(extensions: ["md"]))
    var lesson: String

    @Argument(help: "Submission files or folders of submissions.", completion: .file())
    var submissions: [String]

    @Option(name: .long, help: "The folder to write grades.csv, grades.json and feedback/ into.", completion: .directory)
    var out: String

    @Option(name: .shortAndLong, help: "Worker processes at a time (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Reuse the grades in OUT/grades.json of submissions whose file and lesson are unchanged.")
    var resume = false

    @Option(help: "A SQLite course gradebook to record these grades in (created if needed).", completion: .file(extensions: ["sqlite"]))
    var gradebook: String?

    @Flag(help: "Also report pairs of submissions whose exercise code is suspiciously alike (OUT/similarity.html).")
    var similarity = false

    @Option(name: .customLong("memory"), help: "Address space per worker in MiB (a backstop).")
    var memory = WorkerLimits().memoryMiB

    @Option(name: .customLong("cpu-time"), help: "CPU seconds per worker (a backstop).")
    var cpuTime = WorkerLimits().cpuSeconds

    @OptionGroup(title: "Limits per graded cell") var limits: GradingLimitOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard memory >= 256 else { throw ValidationError("--memory must be at least 256 (MiB)") }
        guard cpuTime >= 1 else { throw ValidationError("--cpu-time must be at least 1 (second)") }
    }

    func run() throws {
        let workerLimits = WorkerLimits(memoryMiB: memory, cpuSeconds: cpuTime,
                                        wallSeconds: max(60, Double(cpuTime) * 2))
        let options = BatchGrader.Options(limits: limits.lessonLimits, exerciseLimits: limits.exerciseLimits,
                                          workerLimits: workerLimits, workers: jobs, executable: Self.executablePath)
        let grader: BatchGrader
        let entries: [SubmissionDiscovery.Entry]
        do {
            grader = try BatchGrader(lessonPath: lesson, options: options)
            entries = try SubmissionDiscovery.entries(for: submissions, lessonFile: lesson)
        } catch {
            StandardError.write("lectern: error: \(error)\n")
            throw ExitStatus.usage.code
        }
        guard !entries.isEmpty else {
            StandardError.write("lectern: error: no submissions in \(submissions.joined(separator: ", "))\n")
            throw ExitStatus.usage.code
        }
        let files = entries.map { SubmissionFile.read(student: $0.student, path: $0.path) }
        let previous = resume ? GradeOutputs.previous(in: out) : nil
        let start = Date()
        let result: BatchGrader.Result
        do {
            result = try grader.grade(files, previous: previous)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try GradeOutputs.write(result.document, lessonTitle: grader.lesson.title ?? lesson,
                                   budgets: GradeOutputs.budgetNote(options), to: out)
        } catch {
            StandardError.write("lectern: error: \(error)\n")
            throw ExitStatus.usage.code
        }
        for problem in result.problems { StandardError.write("lectern: warning: \(problem)\n") }
        print(GradesTable.render(result.document, width: TerminalInfo.columns ?? 100), terminator: "")
        let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
        let graded = files.count - result.reused.count
        print("\ngraded \(graded) submission\(graded == 1 ? "" : "s")"
              + (result.reused.isEmpty ? "" : " (\(result.reused.count) unchanged, kept from the last run)")
              + " with \(min(jobs, max(1, graded + 1))) worker\(jobs == 1 ? "" : "s") in \(seconds) s; wrote grades.csv, grades.json and feedback/ to \(out)")
        if let gradebook {
            do {
                let book = try Gradebook(path: gradebook)
                try book.record(result.document, lessonTitle: grader.lesson.title ?? lesson)
                print("recorded \(result.document.students.count) students in \(gradebook)")
            } catch {
                StandardError.write("lectern: error: \(error)\n")
                throw ExitStatus.usage.code
            }
        }
        if similarity {
            let report = SimilarityReport(document: result.document, lesson: grader.lesson)
            do {
                try report.write(to: out)
            } catch {
                StandardError.write("lectern: error: \(error)\n")
                throw ExitStatus.usage.code
            }
            print(report.summary(), terminator: "")
        }
    }

    /// The running lectern, which workers are started from.
    static var executablePath: String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        let first = CommandLine.arguments.first ?? "lectern"
        return URL(fileURLWithPath: first).standardizedFileURL.path
    }
}
