import ArgumentParser
import Foundation

/// How output looks in a terminal: colour and width.
struct TerminalOptions: ParsableArguments {
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Option(name: .customLong("color"), help: "Colour output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Option(name: .customLong("width"), help: "Columns to format for (default: the terminal's width, or 80).")
    var width: Int?

    func validate() throws {
        if let width, width < 20 || width > 1000 { throw ValidationError("--width must be between 20 and 1000") }
    }

    /// Colour only on a terminal and never under NO_COLOR (https://no-color.org) or TERM=dumb.
    var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return TerminalInfo.standardOutputIsTerminal && TerminalInfo.colorAllowed
        }
    }

    var columns: Int { width ?? TerminalInfo.columns ?? 80 }
}
