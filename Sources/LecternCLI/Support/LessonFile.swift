import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rewrites a lesson file in place, so that it stays the same file: a symlinked lesson's target
/// is what changes, hard links keep sharing it, and its owner and permissions are untouched.
/// (Writing a new file and renaming it over the old one would lose all three.)
enum LessonFile {
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    /// Replaces the contents of the file at `path` (following symlinks) with `contents`.
    /// A file without any write permission is refused even when the user could write it
    /// anyway (root): a read-only lesson says "do not change me".
    static func overwrite(_ path: String, with contents: Data) throws {
        var status = stat()
        guard stat(path, &status) == 0 else { throw WriteError(description: "cannot read its metadata: \(reason())") }
        guard status.st_mode & 0o222 != 0 else {
            throw WriteError(description: "it is read-only (no write permission); make it writable to let --fix update it")
        }
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw WriteError(description: "cannot open it for writing: \(reason())") }
        defer { close(descriptor) }
        var offset = 0
        try contents.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw WriteError(description: "writing failed: \(reason())") }
                offset += written
            }
        }
        guard ftruncate(descriptor, off_t(contents.count)) == 0, fsync(descriptor) == 0 else {
            throw WriteError(description: "writing failed: \(reason())")
        }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
