import Foundation
import Outcomes
import Site

/// Writes what `lectern grade` produces into its output folder: `grades.csv`, `grades.json`
/// and `feedback/STUDENT.html`, each file written whole or not at all.
public enum GradeOutputs {
    public static func write(_ document: GradesDocument, lessonTitle: String, budgets: String, to folder: String) throws {
        let files = FileManager.default
        let feedback = (folder as NSString).appendingPathComponent("feedback")
        do {
            try files.createDirectory(atPath: feedback, withIntermediateDirectories: true)
        } catch {
            throw GradingError("cannot create \(feedback): \(error.localizedDescription)")
        }
        try AtomicFile.write(Data(GradesCSV.render(document).utf8), to: (folder as NSString).appendingPathComponent("grades.csv"))
        try AtomicFile.write(document.encoded(), to: (folder as NSString).appendingPathComponent("grades.json"))
        for (report, name) in zip(document.students, feedbackNames(document.students.map(\.student))) {
            let page = FeedbackPage.render(report, lessonTitle: lessonTitle, budgets: budgets)
            try AtomicFile.write(Data(page.utf8), to: (feedback as NSString).appendingPathComponent(name))
        }
    }

    /// Reads an earlier `grades.json` in `folder`, for `--resume`.
    public static func previous(in folder: String) -> GradesDocument? {
        FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("grades.json")).flatMap(GradesDocument.decode)
    }

    /// File names of the feedback pages: the student id with anything but letters, digits, `.`,
    /// `-` and `_` replaced, made unique.
    public static func feedbackNames(_ students: [String]) -> [String] {
        var used: Set<String> = []
        return students.map { student in
            var base = String(student.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
            if base.isEmpty || base.hasPrefix(".") { base = "_" + base }
            var name = base + ".html", n = 2
            while !used.insert(name).inserted { name = "\(base)-\(n).html"; n += 1 }
            return name
        }
    }

    /// What the feedback says about the limits: which decided, which were backstops.
    public static func budgetNote(_ options: BatchGrader.Options) -> String {
        "Scores depend only on the deterministic step budget: each exercise and check cell may take "
            + "\(options.exerciseLimits.maxSteps) evaluation steps. The wall clock (\(formatSeconds(options.exerciseLimits.maxSeconds)) s per cell, "
            + "\(formatSeconds(options.workerLimits.wallSeconds)) s per submission), CPU time (\(options.workerLimits.cpuSeconds) s) "
            + "and memory (\(options.workerLimits.memoryMiB) MiB) are generous backstops that stop runaway code; they never decide a score on their own."
    }

    private static func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(s)
    }
}
