import Foundation
import Outcomes

/// `grades.json`: the lesson, its exercises and every student's full report. It is also what
/// `--resume` reads back, so it holds everything the CSV and feedback pages are made from.
///
/// Encoded with sorted keys and students sorted by id, and free of times and absolute paths,
/// so the same inputs give the same bytes whatever the order of the submissions or the number
/// of workers.
public struct GradesDocument: Sendable, Equatable, Codable {
    public struct Exercise: Sendable, Equatable, Codable {
        public var id: String
        public var points: Double
    }

    /// The lesson's file name.
    public var lesson: String
    /// SHA-256 of the lesson's text and the grading settings: a resumed run reuses a report only
    /// when this is unchanged.
    public var lessonKey: String
    public var exercises: [Exercise]
    public var students: [SubmissionReport]

    public init(lesson: String, lessonKey: String, exercises: [Exercise], students: [SubmissionReport]) {
        self.lesson = lesson
        self.lessonKey = lessonKey
        self.exercises = exercises
        self.students = students.sorted { $0.student < $1.student }
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = (try? encoder.encode(self)) ?? Data()
        data.append(UInt8(ascii: "\n"))
        return data
    }

    public static func decode(_ data: Data) -> GradesDocument? {
        try? JSONDecoder().decode(GradesDocument.self, from: data)
    }
}

/// `grades.csv`: one row per student, a column per exercise, the total and the findings.
enum GradesCSV {
    static func render(_ document: GradesDocument) -> String {
        var rows = [["student"] + document.exercises.map(\.id) + ["total", "possible", "findings"]]
        let possible = document.exercises.reduce(0) { $0 + $1.points }
        for report in document.students {
            var row = [report.student]
            for exercise in document.exercises {
                row.append(report.exercises.first { $0.id == exercise.id }.map { formatPoints($0.points) } ?? "0")
            }
            row.append(formatPoints(report.total))
            row.append(formatPoints(possible))
            row.append(report.findings.map(\.header).joined(separator: "; "))
            rows.append(row)
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled.
    /// A field a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading
    /// apostrophe, since findings quote students' code.
    static func field(_ text: String) -> String {
        var value = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Writing a file so that a reader never sees half of it: into a temporary file beside it,
/// then renamed over it (rename is atomic within one file system).
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw GradingError("cannot write \(path)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw GradingError("cannot write \(path): \(reason)")
        }
    }
}

/// A problem with the instructor's own inputs or outputs (exit status 2).
public struct GradingError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
