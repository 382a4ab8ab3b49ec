import ArgumentParser
import Foundation

/// Entry point of the `lectern` executable.
///
/// Exit codes are part of the interface: 0 when every cell behaved as its kind says, 1 when a
/// lesson has errors, 2 for usage and I/O problems (ArgumentParser's own default for usage
/// errors, 64, is remapped so scripts see one code for "you called it wrong").
public enum LecternMain {
    public static func main(_ arguments: [String]? = nil) -> Never {
        StandardStreams.reopenClosedDescriptors()
        do {
            var command = try Lectern.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = Lectern.exitCode(for: error)
            if code == .success {
                Lectern.exit(withError: error)  // --help, --version: prints and exits 0
            }
            StandardError.write(Lectern.fullMessage(for: error) + "\n")
            exit(ExitStatus.usage.rawValue)
        }
    }
}

/// lectern's exit statuses.
enum ExitStatus: Int32 {
    case success = 0
    case lessonErrors = 1
    case usage = 2

    var code: ExitCode { ExitCode(rawValue) }
}
