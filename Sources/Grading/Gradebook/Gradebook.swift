import Foundation
import GRDB
import Outcomes

/// The course gradebook: one SQLite database across lessons and re-runs (`--gradebook
/// course.sqlite`), through GRDB.
///
/// `submission` holds each student's latest grade of each lesson (points, possible, findings,
/// the submission's hash, when it was graded), `exercise` the points per exercise, and `history`
/// every grading ever recorded, so a re-run replaces a grade without losing the old one.
public struct Gradebook {
    private let database: DatabaseQueue

    public init(path: String) throws {
        do {
            database = try DatabaseQueue(path: path)
            try Gradebook.migrator.migrate(database)
        } catch {
            throw GradingError("cannot open the gradebook \(path): \(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE submission (
                    student TEXT NOT NULL, lesson TEXT NOT NULL, title TEXT NOT NULL, sha256 TEXT NOT NULL,
                    points REAL NOT NULL, possible REAL NOT NULL, findings TEXT NOT NULL, gradedAt TEXT NOT NULL,
                    PRIMARY KEY (student, lesson));
                CREATE TABLE exercise (
                    student TEXT NOT NULL, lesson TEXT NOT NULL, exercise TEXT NOT NULL,
                    points REAL NOT NULL, possible REAL NOT NULL,
                    PRIMARY KEY (student, lesson, exercise));
                CREATE TABLE history (
                    student TEXT NOT NULL, lesson TEXT NOT NULL, sha256 TEXT NOT NULL,
                    points REAL NOT NULL, possible REAL NOT NULL, findings INTEGER NOT NULL, gradedAt TEXT NOT NULL);
                """)
        }
        return migrator
    }

    /// Records a graded batch: each student's row for this lesson is replaced, and the history
    /// gains one row per student. `now` is when (ISO 8601, UTC).
    public func record(_ document: GradesDocument, lessonTitle: String, now: Date = Date()) throws {
        let formatter = ISO8601DateFormatter()
        let time = formatter.string(from: now)
        let lesson = (document.lesson as NSString).deletingPathExtension
        do {
            try database.write { db in
                for report in document.students {
                    let findings = report.findings.map(\.header).joined(separator: "; ")
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO submission (student, lesson, title, sha256, points, possible, findings, gradedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [report.student, lesson, lessonTitle, report.sha256, report.total, report.possible, findings, time])
                    try db.execute(sql: "DELETE FROM exercise WHERE student = ? AND lesson = ?", arguments: [report.student, lesson])
                    for exercise in report.exercises {
                        try db.execute(sql: "INSERT INTO exercise (student, lesson, exercise, points, possible) VALUES (?, ?, ?, ?, ?)",
                                       arguments: [report.student, lesson, exercise.id, exercise.points, exercise.possible])
                    }
                    try db.execute(sql: """
                        INSERT INTO history (student, lesson, sha256, points, possible, findings, gradedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [report.student, lesson, report.sha256, report.total, report.possible, report.findings.count, time])
                }
            }
        } catch {
            throw GradingError("cannot record grades in the gradebook: \(error)")
        }
    }

    /// The course CSV: a row per student, a column per lesson (in name order, so `01-…` first),
    /// the total and what was possible. A lesson a student has no grade for counts 0.
    public func courseCSV() throws -> String {
        struct Entry { var student: String; var lesson: String; var points: Double; var possible: Double }
        let entries: [Entry]
        do {
            entries = try database.read { db in
                try Row.fetchAll(db, sql: "SELECT student, lesson, points, possible FROM submission ORDER BY student, lesson").map {
                    Entry(student: $0["student"], lesson: $0["lesson"], points: $0["points"], possible: $0["possible"])
                }
            }
        } catch {
            throw GradingError("cannot read the gradebook: \(error)")
        }
        let lessons = Array(Set(entries.map(\.lesson))).sorted()
        var possible: [String: Double] = [:]
        for entry in entries { possible[entry.lesson] = max(possible[entry.lesson] ?? 0, entry.possible) }
        let coursePossible = lessons.reduce(0) { $0 + (possible[$1] ?? 0) }
        var rows = [(["student"] + lessons + ["total", "possible"]).map(GradesCSV.field).joined(separator: ",")]
        rows.append((["(possible)"] + lessons.map { formatPoints(possible[$0] ?? 0) } + [formatPoints(coursePossible), ""])
            .map(GradesCSV.field).joined(separator: ","))
        for student in Array(Set(entries.map(\.student))).sorted() {
            let mine = entries.filter { $0.student == student }
            let points = lessons.map { lesson in mine.first { $0.lesson == lesson }?.points ?? 0 }
            let row = [student] + points.map(formatPoints) + [formatPoints(points.reduce(0, +)), formatPoints(coursePossible)]
            rows.append(row.map(GradesCSV.field).joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
