import Foundation
import XCTest
@testable import Grading
import Interpreter
import LessonFormat
import Outcomes

/// The example lesson and submissions in examples/grading/, scratch folders, and the built
/// `lectern` that worker processes run.
enum GradingFixtures {
    static var repository: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // …/Tests/GradingTests/Support/x.swift → root
        return url
    }

    static var examples: URL { repository.appendingPathComponent("examples/grading") }
    static var lessonPath: String { examples.appendingPathComponent("lesson.md").path }

    static func text(_ relative: String) -> String {
        (try? String(contentsOf: examples.appendingPathComponent(relative), encoding: .utf8)) ?? ""
    }

    static var lesson: Lesson { LessonParser.parse(text("lesson.md"), file: "lesson.md") }
    static var handout: String { Handout.text(of: lesson) }

    /// The handout with `starter` (a piece of an exercise cell) replaced by `code`.
    static func submission(replacing starter: String, with code: String) -> String {
        let text = handout
        XCTAssertTrue(text.contains(starter), "the handout has no \(starter.debugDescription)")
        return text.replacingOccurrences(of: starter, with: code)
    }

    static let meanStarter = "    // Add the values up and divide by how many there are.\n    return 0\n"
    static let meanSolution = "    guard !values.isEmpty else { return 0 }\n    return values.reduce(0, +) / Double(values.count)\n"

    /// Small budgets keep looping submissions cheap in a debug build.
    static let exerciseLimits = ExecutionLimits(maxSteps: 50_000, maxSeconds: 60, maxCallDepth: 200, maxAllocation: 2_000_000)

    static var settings: SubmissionRun.Settings {
        SubmissionRun.Settings(limits: .init(.default), exerciseLimits: .init(exerciseLimits), dataFolder: nil)
    }

    /// The lectern executable beside the test bundle.
    static var executable: String {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        let candidates = [testBinary.deletingLastPathComponent().appendingPathComponent("lectern"),
                          repository.appendingPathComponent(".build/debug/lectern")]
        return (candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]).path
    }

    static func options(workers: Int = 2, memoryMiB: Int = 4_096, cpuSeconds: Int = 60) -> BatchGrader.Options {
        BatchGrader.Options(limits: .default, exerciseLimits: exerciseLimits,
                            workerLimits: WorkerLimits(memoryMiB: memoryMiB, cpuSeconds: cpuSeconds, wallSeconds: 120),
                            workers: workers, executable: executable)
    }

    static func scratchFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-grading-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Grades one submission in this process (no worker): the reference run gives the rubric.
    static func gradeInProcess(_ text: String, name: String = "alice.md", lesson: Lesson = GradingFixtures.lesson) -> SubmissionReport {
        let run = SubmissionRun(lesson: lesson, settings: settings)
        var reference: [WorkerEvent] = []
        run.run(submission: nil) { reference.append($0) }
        var events: [WorkerEvent] = []
        run.run(submission: (text, name)) { events.append($0) }
        let rubric = Rubric(lesson: lesson, reference: BatchGrader.records(reference))
        let (prepared, records) = BatchGrader.read(events)
        let file = SubmissionFile(student: (name as NSString).deletingPathExtension, path: name, data: Data(text.utf8))
        return Scorer(rubric: rubric).report(for: file, prepared: prepared, records: records, stopped: nil)
    }
}

extension SubmissionReport {
    func points(_ exercise: String) -> Double? { exercises.first { $0.id == exercise }?.points }
}
