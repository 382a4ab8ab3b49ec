import Foundation
import Interpreter
import LessonFormat

/// What a grading worker (`lectern grade-worker`) reads from its standard input: the lesson,
/// one submission (none for the reference run), the budgets and the OS limits.
public struct WorkerJob: Sendable, Equatable, Codable {
    public var lessonPath: String
    /// The submission's text and the name its messages use; nil for the reference run.
    public var submissionText: String?
    public var submissionName: String?
    public var settings: SubmissionRun.Settings
    public var limits: WorkerLimits

    public init(lessonPath: String, submissionText: String?, submissionName: String?,
                settings: SubmissionRun.Settings, limits: WorkerLimits) {
        self.lessonPath = lessonPath
        self.submissionText = submissionText
        self.submissionName = submissionName
        self.settings = settings
        self.limits = limits
    }
}

/// The worker's side: limits itself, grades, and writes one JSON event per line as it goes.
public enum GradingWorker {
    /// Runs the job read from `input`; returns the process's exit status (2 when the job itself
    /// is unusable, which is lectern's fault, not the student's).
    public static func main(input: Data, write: @escaping (String) -> Void) -> Int32 {
        guard let job = try? JSONDecoder().decode(WorkerJob.self, from: input) else {
            FileHandle.standardError.write(Data("lectern grade-worker: the job on standard input is not valid\n".utf8))
            return 2
        }
        job.limits.applyToThisProcess()
        guard let data = FileManager.default.contents(atPath: job.lessonPath), let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("lectern grade-worker: cannot read \(job.lessonPath)\n".utf8))
            return 2
        }
        let lesson = LessonParser.parse(text, file: (job.lessonPath as NSString).lastPathComponent)
        let run = SubmissionRun(lesson: lesson, settings: job.settings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let submission = job.submissionText.map { (text: $0, file: job.submissionName ?? "submission.md") }
        // Reading a submission's syntax recurses as deep as its code nests: give it a large stack.
        let ran = CellThread.run(stackSize: 64 << 20) {
            run.run(submission: submission) { event in
                guard let line = try? encoder.encode(event) else { return }
                write(String(decoding: line, as: UTF8.self) + "\n")
            }
        }
        return ran == nil ? 3 : 0
    }
}
