import Foundation
import Interpreter
import LessonFormat
import Outcomes
import Runner

/// `lectern grade`: grades a class's submissions of one lesson in worker processes and
/// gathers their reports.
///
/// The lesson runs once with its solutions (the reference run) to read the rubric; each
/// submission then runs in its own worker, `workers` at a time. The reports depend only on the
/// inputs and the budgets: students are sorted by id, and nothing measured in seconds enters a
/// score (the wall-clock and CPU limits are backstops the feedback names as such).
public struct BatchGrader {
    public struct Options: Sendable {
        /// Budgets of the instructor's own cells.
        public var limits: ExecutionLimits
        /// Budgets of exercise and check cells: the step budget decides.
        public var exerciseLimits: ExecutionLimits
        public var workerLimits: WorkerLimits
        public var workers: Int
        /// The lectern executable workers are started from.
        public var executable: String

        public init(limits: ExecutionLimits, exerciseLimits: ExecutionLimits, workerLimits: WorkerLimits,
                    workers: Int, executable: String) {
            self.limits = limits
            self.exerciseLimits = exerciseLimits
            self.workerLimits = workerLimits
            self.workers = workers
            self.executable = executable
        }

        /// The default budgets of a graded exercise or check cell: a million steps (about 0.15 s
        /// of interpreted code in a release build, thousands of times what an exercise needs,
        /// so a loop that never ends costs little), and a generous wall-clock backstop.
        public static let defaultExerciseLimits = ExecutionLimits(maxSteps: 1_000_000, maxSeconds: 60,
                                                                  maxCallDepth: 2_000, maxAllocation: 50_000_000)
    }

    public struct Result: Sendable {
        public var document: GradesDocument
        /// Problems with the lesson's checks found by the reference run, for the instructor.
        public var problems: [String]
        /// Students whose earlier report was reused (`--resume`).
        public var reused: [String]
    }

    public let lessonPath: String
    public let lesson: Lesson
    public let options: Options

    /// Loads the lesson; an unreadable or malformed lesson is the instructor's problem (exit 2).
    public init(lessonPath: String, options: Options) throws {
        do {
            lesson = try LessonLoader.load(path: lessonPath)
        } catch {
            throw GradingError("\(error)")
        }
        if let problem = lesson.diagnostics.first(where: { $0.severity == .error }) {
            throw GradingError("the lesson has errors; fix them first (lectern run \(lessonPath)):\n" + problem.rendered(sourceLines: lesson.sourceLines))
        }
        guard lesson.cells.contains(where: { if case .exercise = $0.kind { return true } else { return false } }) else {
            throw GradingError("\(lessonPath) has no exercises to grade")
        }
        self.lessonPath = lessonPath
        self.options = options
    }

    /// The key a resumed run compares: the lesson's text and everything that affects a score.
    public var lessonKey: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let settings = (try? encoder.encode(settings(dataFolder: nil))) ?? Data()
        return SHA256.hex(of: Data(lesson.source.utf8) + settings)
    }

    private func settings(dataFolder: String?, starters: [String] = []) -> SubmissionRun.Settings {
        SubmissionRun.Settings(limits: .init(options.limits), exerciseLimits: .init(options.exerciseLimits),
                               dataFolder: dataFolder, starters: starters)
    }

    /// Grades `submissions`, reusing `previous` reports whose submission and lesson are unchanged.
    public func grade(_ submissions: [SubmissionFile], previous: GradesDocument? = nil) throws -> Result {
        let sandbox = try DataSandbox(copying: (lessonPath as NSString).deletingLastPathComponent)
        defer { sandbox.remove() }
        let key = lessonKey
        let lessonName = (lessonPath as NSString).lastPathComponent
        var reused: [String: SubmissionReport] = [:]
        if let previous, previous.lessonKey == key {
            for file in submissions where file.problem == nil {
                if let report = previous.students.first(where: { $0.student == file.student && $0.sha256 == file.sha256 }) {
                    reused[file.student] = report
                }
            }
        }
        let toRun = submissions.filter { $0.text != nil && reused[$0.student] == nil }
        let pool = WorkerPool(executable: options.executable, workers: options.workers)
        var jobs = [job(nil, sandbox: sandbox.path)]
        jobs += toRun.map { job($0, sandbox: sandbox.path) }
        var outcomes = pool.run(jobs)
        let reference = outcomes.removeFirst()
        guard reference.stopped == nil else {
            throw GradingError("the lesson's reference run (with its solutions) did not finish: \(reference.stopped ?? "")")
        }
        let rubric = Rubric(lesson: lesson, reference: Self.records(reference.events))
        let scorer = Scorer(rubric: rubric)

        var reports: [String: SubmissionReport] = reused
        var retries: [(SubmissionFile, [String: Finding])] = []
        for (file, outcome) in zip(toRun, outcomes) {
            let (prepared, records) = Self.read(outcome.events)
            if let stopped = outcome.stopped, prepared != nil, let exercise = scorer.unfinishedExercise(records: records) {
                retries.append((file, [exercise: Scorer.stopFinding(Finding(.worker, stopped), in: exercise)]))
                continue
            }
            reports[file.student] = scorer.report(for: file, prepared: prepared, records: records,
                                                  stopped: outcome.stopped.map { Finding(.worker, $0) })
        }
        // A worker that died in one exercise: grade the rest again with that exercise's starter.
        while !retries.isEmpty {
            let again = pool.run(retries.map { job($0.0, sandbox: sandbox.path, starters: Array($0.1.keys).sorted()) })
            var next: [(SubmissionFile, [String: Finding])] = []
            for ((file, abandoned), outcome) in zip(retries, again) {
                let (prepared, records) = Self.read(outcome.events)
                if let stopped = outcome.stopped, prepared != nil, let exercise = scorer.unfinishedExercise(records: records),
                   abandoned[exercise] == nil {
                    var more = abandoned
                    more[exercise] = Scorer.stopFinding(Finding(.worker, stopped), in: exercise)
                    next.append((file, more))
                    continue
                }
                reports[file.student] = scorer.report(for: file, prepared: prepared, records: records,
                                                      stopped: outcome.stopped.map { Finding(.worker, $0) }, abandoned: abandoned)
            }
            retries = next
        }
        for file in submissions where file.text == nil && reused[file.student] == nil {
            reports[file.student] = scorer.report(for: file, prepared: nil, records: [:], stopped: nil)
        }
        let document = GradesDocument(lesson: lessonName, lessonKey: key,
                                      exercises: rubric.exercises.map { .init(id: $0.id, points: $0.possible) },
                                      students: Array(reports.values))
        return Result(document: document, problems: rubric.problems, reused: reused.keys.sorted())
    }

    private func job(_ file: SubmissionFile?, sandbox: String, starters: [String] = []) -> WorkerJob {
        var name = file?.displayName
        if name == (lessonPath as NSString).lastPathComponent, let student = file?.student {
            name = student + "/" + (name ?? "")  // never the lesson's own name: messages must tell the two files apart
        }
        return WorkerJob(lessonPath: lessonPath, submissionText: file?.text, submissionName: name,
                         settings: settings(dataFolder: sandbox, starters: starters), limits: options.workerLimits)
    }

    static func records(_ events: [WorkerEvent]) -> [Int: CellRecord] { read(events).1 }

    static func read(_ events: [WorkerEvent]) -> (PreparedSubmission?, [Int: CellRecord]) {
        var prepared: PreparedSubmission?
        var records: [Int: CellRecord] = [:]
        for event in events {
            switch event {
            case .prepared(let p): prepared = p
            case .cell(let record): records[record.index] = record
            case .finished: break
            }
        }
        return (prepared, records)
    }
}

/// A copy of the lesson folder's data files without any Markdown, for lesson code to read:
/// a submission asking for `CSV.dataset("03-lesson.md")` finds no lesson (and no solution) there.
struct DataSandbox {
    let path: String

    init(copying folder: String) throws {
        let files = FileManager.default
        path = files.temporaryDirectory.appendingPathComponent("lectern-data-\(UUID().uuidString)").path
        do {
            try files.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw GradingError("cannot create a data folder for grading: \(error.localizedDescription)")
        }
        let source = folder.isEmpty ? "." : folder
        var copied = 0
        for name in ((try? files.contentsOfDirectory(atPath: source)) ?? []).sorted() where !name.hasPrefix(".") {
            let lower = name.lowercased()
            guard !lower.hasSuffix(".md"), !lower.hasSuffix(".markdown"), !lower.hasSuffix(".swift") else { continue }
            let from = (source as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: from, isDirectory: &isFolder), !isFolder.boolValue,
                  let size = (try? files.attributesOfItem(atPath: from))?[.size] as? Int, copied + size <= 200 << 20 else { continue }
            try? files.copyItem(atPath: from, toPath: (path as NSString).appendingPathComponent(name))
            copied += size
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
