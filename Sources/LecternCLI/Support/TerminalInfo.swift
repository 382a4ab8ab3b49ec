import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Facts about the terminal lectern writes to.
enum TerminalInfo {
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    static var colorAllowed: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The terminal's height: `LINES`, else the window size of standard output.
    static var rows: Int? {
        if let text = ProcessInfo.processInfo.environment["LINES"], let value = Int(text), value >= 5 { return value }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row >= 5 { return Int(size.ws_row) }
        return nil
    }

    /// The terminal's width: `COLUMNS`, else the window size of standard output.
    static var columns: Int? {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value >= 20 {
            return min(value, 1000)
        }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
            return Int(size.ws_col)
        }
        return nil
    }
}
