import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn`, fed its standard input and read to the end.
///
/// Pipes are created close-on-exec, so a worker spawned while another is running never holds
/// its sibling's pipe ends (which would keep the parent waiting for an end of file). Standard
/// input, output and error are pumped together with `poll`, so neither side blocks on a full pipe.
/// A child still running at its deadline is killed, and its output so far is kept.
struct ChildProcess {
    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// It was killed by us at the wall-clock deadline.
        case timedOut
        /// It was killed by us for writing more than `maximumOutput`.
        case tooMuchOutput
        /// It could not be started at all (the message says why).
        case notStarted(String)
    }

    struct Result {
        var termination: Termination
        var standardOutput: Data
        var standardError: Data
        /// Wall-clock seconds it ran.
        var seconds: Double
        /// CPU seconds it used (user and system).
        var cpuSeconds: Double = 0
    }

    private static let spawnLock = NSLock()

    /// The most output kept from either stream; a child writing more is killed.
    static let maximumOutput = 64 << 20

    /// Runs `executable` with `arguments`, writing `input` to its standard input.
    static func run(_ executable: String, _ arguments: [String], input: Data, timeout: Double) -> Result {
        // A child that exits before reading all its input must not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1], errorsFromChild: [Int32] = [-1, -1]
        // Pipes are made close-on-exec and the child spawned under one lock: a sibling spawned
        // from another thread in between would otherwise inherit these pipe ends.
        spawnLock.lock()
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0, pipe(&errorsFromChild) == 0 else {
            spawnLock.unlock()
            for fd in toChild + fromChild + errorsFromChild where fd >= 0 { close(fd) }
            return Result(termination: .notStarted("cannot create pipes: \(String(cString: strerror(errno)))"),
                          standardOutput: Data(), standardError: Data(), seconds: 0)
        }
        for fd in toChild + fromChild + errorsFromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorsFromChild[1], 2)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = Date()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(toChild[0]); close(fromChild[1]); close(errorsFromChild[1])
        spawnLock.unlock()
        guard spawned == 0 else {
            close(toChild[1]); close(fromChild[0]); close(errorsFromChild[0])
            return Result(termination: .notStarted("cannot start \(executable): \(String(cString: strerror(spawned)))"),
                          standardOutput: Data(), standardError: Data(), seconds: 0)
        }
        for fd in [toChild[1], fromChild[0], errorsFromChild[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }

        var output = Data(), errors = Data()
        var inputFD = toChild[1], outputFD = fromChild[0], errorFD = errorsFromChild[0]
        var written = 0
        var killed = false, tooMuch = false
        let deadline = start.addingTimeInterval(timeout)
        let bytes = [UInt8](input)
        if bytes.isEmpty { close(inputFD); inputFD = -1 }
        var buffer = [UInt8](repeating: 0, count: 65_536)

        while outputFD >= 0 || errorFD >= 0 {
            var fds: [pollfd] = []
            if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            if outputFD >= 0 { fds.append(pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)) }
            if errorFD >= 0 { fds.append(pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)) }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0, !killed {
                kill(pid, SIGKILL)
                killed = true
            }
            let wait = killed ? 1_000 : Int32(max(1, min(1_000, remaining * 1_000)))
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0, errno == EINTR { continue }
            for entry in fds where entry.revents != 0 {
                if entry.fd == inputFD {
                    let n = bytes.withUnsafeBufferPointer { write(inputFD, $0.baseAddress! + written, $0.count - written) }
                    if n > 0 { written += n }
                    if n < 0 && errno != EAGAIN && errno != EINTR || written >= bytes.count {
                        close(inputFD)
                        inputFD = -1
                    }
                    continue
                }
                let n = read(entry.fd, &buffer, buffer.count)
                if n > 0 {
                    if entry.fd == outputFD { output.append(buffer, count: n) } else { errors.append(buffer, count: n) }
                    if output.count > maximumOutput || errors.count > maximumOutput, !killed {
                        kill(pid, SIGKILL)
                        killed = true
                        tooMuch = true
                    }
                } else if n == 0 || (errno != EAGAIN && errno != EINTR) {
                    close(entry.fd)
                    if entry.fd == outputFD { outputFD = -1 } else { errorFD = -1 }
                }
            }
        }
        if inputFD >= 0 { close(inputFD) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let seconds = Date().timeIntervalSince(start)
        let termination: Termination
        if tooMuch {
            termination = .tooMuchOutput
        } else if killed && deadline.timeIntervalSinceNow <= 0 {
            termination = .timedOut
        } else if status & 0x7f == 0 {
            termination = .exited((status >> 8) & 0xff)
        } else {
            termination = .signalled(status & 0x7f)
        }
        return Result(termination: termination, standardOutput: output, standardError: errors, seconds: seconds, cpuSeconds: cpu)
    }
}
