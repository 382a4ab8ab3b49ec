import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard streams, made safe to write to whatever the caller did with them.
///
/// Foundation's `FileHandle.write` traps (an "Illegal instruction" with a backtrace) when the
/// descriptor is closed (`lectern … 2>&-`); lectern writes with `write(2)` and ignores failures
/// instead. A closed descriptor is also reopened on `/dev/null` at start-up: otherwise the
/// next file lectern opens (a lesson `run --fix` rewrites) would get descriptor 2, and error
/// messages would be written into it.
///
/// A reader that goes away (`lectern run … | head -1`) still ends lectern with SIGPIPE, as it
/// does any Unix tool: exit status 141, and nothing printed.
enum StandardStreams {
    static func reopenClosedDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    /// Writes all of `text` to `descriptor`, giving up quietly if it cannot.
    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// The C library's `write`, under a name the enum's own `write` does not hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// Writes to standard error (messages that are not the command's output).
enum StandardError {
    static func write(_ text: String) {
        StandardStreams.write(text, to: STDERR_FILENO)
    }
}
