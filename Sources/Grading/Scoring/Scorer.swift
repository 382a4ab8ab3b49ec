import LessonFormat
import Outcomes

/// Turns a graded run (a worker's events, complete or cut short) into the student's report:
/// each exercise scored by the rubric's checks that passed, and every finding.
struct Scorer {
    let rubric: Rubric

    /// `prepared` is nil when the submission was never run (unreadable); `stopped` is the
    /// finding for a worker that died or was killed before it finished; `abandoned` holds the
    /// exercises an earlier worker died in, which this run took from their starters instead.
    func report(for file: SubmissionFile, prepared: PreparedSubmission?, records: [Int: CellRecord],
                stopped: Finding?, abandoned: [String: Finding] = [:]) -> SubmissionReport {
        var findings: [Finding] = []
        if let problem = file.problem { findings.append(problem) }
        if let prepared { findings += prepared.findings }
        var exercises: [ExerciseReport] = []
        var stopReported = false
        for exercise in rubric.exercises {
            let submitted = prepared?.exercises.first { $0.id == exercise.id }
            guard let prepared, !prepared.hasNoExercises, file.problem == nil else {
                exercises.append(ExerciseReport(id: exercise.id, status: .notGraded, points: 0, possible: exercise.possible,
                                                checks: notRun(exercise, "the submission was not graded")))
                continue
            }
            if let why = abandoned[exercise.id] {
                findings.append(why)
                exercises.append(ExerciseReport(id: exercise.id, status: .notGraded, points: 0, possible: exercise.possible,
                                                code: submitted?.code, firstLine: submitted?.firstLine,
                                                checks: notRun(exercise, "grading stopped in this exercise")))
                continue
            }
            let finished = exercise.checkCells.allSatisfy { records[$0] != nil } && records[exercise.cell] != nil
            if !finished, let stopped {
                if !stopReported {
                    findings.append(Scorer.stopFinding(stopped, in: exercise.id))
                    stopReported = true
                }
                exercises.append(ExerciseReport(id: exercise.id, status: .notGraded, points: 0, possible: exercise.possible,
                                                code: submitted?.code, firstLine: submitted?.firstLine,
                                                checks: notRun(exercise, "grading stopped before this check")))
                continue
            }
            guard let code = submitted?.code else {
                exercises.append(ExerciseReport(id: exercise.id, status: .missing, points: 0, possible: exercise.possible,
                                                checks: notRun(exercise, "the exercise is missing from the submission")))
                continue
            }
            var report = ExerciseReport(id: exercise.id, status: .graded, points: 0, possible: exercise.possible,
                                        code: code, firstLine: submitted?.firstLine)
            if let record = records[exercise.cell] {
                report.output = record.output
                if let error = record.error {
                    report.errors.append(error)
                    findings.append(Finding(.error, record.errorMessage ?? "error", at: record.errorLocation,
                                            excerpt: record.errorLocation.flatMap { _ in excerpt(of: error) }))
                }
            }
            var earned = 0.0
            for check in exercise.checks {
                let record = records[check.cell]
                let verdict = record.flatMap { $0.checks.indices.contains(check.ordinal) ? $0.checks[check.ordinal] : nil }
                guard let verdict else {
                    let why = record?.errorMessage.map { "did not run: the check cell stopped with an error (\($0))" }
                        ?? "did not run"
                    report.checks.append(GradedCheck(message: check.message, passed: false, points: 0, possible: check.points,
                                                     hidden: check.hidden, note: why))
                    continue
                }
                let points = verdict.passed ? check.points : 0
                earned += points
                report.checks.append(GradedCheck(message: check.hidden ? check.message : verdict.message, passed: verdict.passed,
                                                 points: points, possible: check.points, hidden: check.hidden,
                                                 expected: verdict.expected, actual: verdict.actual, detail: verdict.detail))
            }
            for cell in exercise.checkCells {
                guard let record = records[cell], let error = record.error else { continue }
                if !report.errors.contains(error) { report.errors.append(error) }
                if let origin = record.errorOrigin {
                    findings.append(Finding(.error, (record.errorMessage ?? "error") + " (in your code, called from a check)",
                                            at: origin, excerpt: record.originExcerpt))
                }
            }
            report.points = min(earned, exercise.possible)
            exercises.append(report)
        }
        // Errors raised in the student's code from the instructor's other cells (set-up that uses it).
        let graded = Set(rubric.exercises.flatMap { $0.checkCells + [$0.cell] })
        for (index, record) in records.sorted(by: { $0.key < $1.key }) where !graded.contains(index) {
            if let origin = record.errorOrigin {
                findings.append(Finding(.error, (record.errorMessage ?? "error") + " (in your code, called from the lesson)",
                                        at: origin, excerpt: record.originExcerpt))
            }
        }
        if let stopped, !stopReported { findings.append(stopped) }
        return SubmissionReport(student: file.student, file: file.displayName, sha256: file.sha256,
                                exercises: exercises, findings: deduplicated(findings))
    }

    /// The worker finding, named by the exercise it stopped in.
    static func stopFinding(_ stopped: Finding, in exercise: String) -> Finding {
        var finding = stopped
        finding.message = "grading of exercise '\(exercise)' stopped: " + stopped.message
        return finding
    }

    /// The first exercise whose cells a (cut short) run did not all report.
    func unfinishedExercise(records: [Int: CellRecord]) -> String? {
        rubric.exercises.first { exercise in
            !(exercise.checkCells + [exercise.cell]).allSatisfy { records[$0] != nil }
        }?.id
    }

    private func notRun(_ exercise: Rubric.Exercise, _ why: String) -> [GradedCheck] {
        exercise.checks.map { GradedCheck(message: $0.message, passed: false, points: 0, possible: $0.points, hidden: $0.hidden, note: why) }
    }

    /// The source line and caret of a rendered diagnostic (everything after its header).
    private func excerpt(of rendered: String) -> String? {
        guard let newline = rendered.firstIndex(of: "\n") else { return nil }
        return String(rendered[rendered.index(after: newline)...])
    }

    /// The same error reached from two checks is one finding.
    private func deduplicated(_ findings: [Finding]) -> [Finding] {
        var seen: Set<String> = []
        return findings.filter { seen.insert("\($0.kind.rawValue)|\($0.header)").inserted }
    }
}
