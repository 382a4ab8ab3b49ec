import Foundation
import LessonFormat
import Outcomes
import Runner

/// One student's submission file, read and vetted before anything runs.
///
/// A file that cannot be graded at all — unreadable, too large, not UTF-8, binary junk, empty —
/// becomes a finding here, and the student's row shows it while the batch goes on.
public struct SubmissionFile: Sendable {
    public var student: String
    /// The path the instructor named (for reading and resuming).
    public var path: String
    /// The file's name as messages show it (`alice.md`).
    public var displayName: String
    /// The bytes' SHA-256 (hex); empty when the file could not be read.
    public var sha256: String
    /// The text, when it is gradable.
    public var text: String?
    /// Why it is not, when it is not.
    public var problem: Finding?

    /// The largest submission graded; a lesson is a few dozen kilobytes.
    public static let maximumBytes = 1 << 20

    /// Reads and vets the file at `path`; reads at most one byte past the size limit.
    public static func read(student: String, path: String) -> SubmissionFile {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return SubmissionFile(student: student, path: path, hash: "", problem: Finding(.unreadable, "the file cannot be read"))
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
        if data.count > maximumBytes {
            let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? data.count
            return SubmissionFile(student: student, path: path, hash: SHA256.hex(of: data), problem: tooLarge(size))
        }
        return SubmissionFile(student: student, path: path, data: data)
    }

    private init(student: String, path: String, hash: String, problem: Finding) {
        self.student = student
        self.path = path
        self.displayName = (path as NSString).lastPathComponent
        self.sha256 = hash
        self.problem = problem
    }

    /// Vets bytes already read (tests use this directly).
    public init(student: String, path: String, data: Data, hash: String? = nil) {
        self.student = student
        self.path = path
        self.displayName = (path as NSString).lastPathComponent
        self.sha256 = hash ?? SHA256.hex(of: data)
        if data.count > SubmissionFile.maximumBytes {
            problem = SubmissionFile.tooLarge(data.count)
        } else if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            problem = Finding(.unreadable, "the file is empty")
        } else if data.contains(0) {
            problem = Finding(.unreadable, "the file is binary, not a Markdown lesson")
        } else if let text = String(data: data, encoding: .utf8) {
            self.text = text
        } else {
            problem = Finding(.unreadable, "the file is not UTF-8 text (save it as UTF-8)")
        }
    }

    private static func tooLarge(_ bytes: Int) -> Finding {
        let size = String(format: "%.1f", Double(bytes) / Double(1 << 20))
        return Finding(.unreadable, "the file is \(size) MB; submissions are limited to \(maximumBytes >> 20) MB, so it was not graded")
    }
}
