import Foundation

/// What `lectern run --compile` needs to build a lesson: `swiftc` and a built LessonKit.
///
/// LessonKit is found next to the running `lectern` (SwiftPM puts `libLessonKit.so` in the
/// build folder, `.build/debug` or `.build/release`, and the `.swiftmodule`s of LessonKit,
/// MLCore, Plots and Figures in its `Modules/`), or in the folder `LECTERN_LESSONKIT` names.
/// `swiftc` is `SWIFTC`, else the first on `PATH`.
public struct SwiftToolchain: Sendable {
    public var swiftc: String
    /// Holds `libLessonKit.so` (or `.dylib`).
    public var libraryFolder: String
    /// Holds the `.swiftmodule`s the program imports.
    public var modulesFolder: String

    /// The toolchain of this machine, or why `--compile` cannot work here.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<SwiftToolchain, ToolchainError> {
        let folder = environment["LECTERN_LESSONKIT"] ?? executableFolder()
        let library = ["libLessonKit.so", "libLessonKit.dylib"].map { folder + "/" + $0 }
        guard library.contains(where: FileManager.default.fileExists(atPath:)),
              FileManager.default.fileExists(atPath: folder + "/Modules/LessonKit.swiftmodule") else {
            return .failure(ToolchainError(message: "no LessonKit in \(folder) (build it with `swift build --product LessonKit`, or name its build folder in LECTERN_LESSONKIT)"))
        }
        guard let swiftc = environment["SWIFTC"] ?? findOnPath("swiftc", environment: environment) else {
            return .failure(ToolchainError(message: "no swiftc on PATH (or in SWIFTC)"))
        }
        return .success(SwiftToolchain(swiftc: swiftc, libraryFolder: folder, modulesFolder: folder + "/Modules"))
    }

    /// The arguments that compile `main.swift` into `executable` against LessonKit.
    ///
    /// `-swift-version 5` is the package's language mode (lesson globals are not `Sendable`);
    /// `-diagnostic-style llvm` gives one `file:line:column: error: message` line per error;
    /// the rpath lets the program find `libLessonKit.so` without `LD_LIBRARY_PATH`. Warnings
    /// are suppressed: a notebook's unused trailing expressions are warnings, not differences.
    func arguments(source: String, executable: String) -> [String] {
        ["-swift-version", "5", "-suppress-warnings", "-diagnostic-style", "llvm", "-Onone", "-module-name", "main",
         "-I", modulesFolder, "-L", libraryFolder, "-lLessonKit",
         "-Xlinker", "-rpath", "-Xlinker", libraryFolder,
         source, "-o", executable]
    }

    private static func executableFolder() -> String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? "."
        return URL(fileURLWithPath: executable).deletingLastPathComponent().standardizedFileURL.path
    }

    private static func findOnPath(_ name: String, environment: [String: String]) -> String? {
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let path = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

/// Why a lesson cannot be compiled on this machine.
public struct ToolchainError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A finished child process: its status and everything it wrote.
struct FinishedProcess {
    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        case notStarted(String)
    }

    var termination: Termination
    var standardOutput: String
    var standardError: String

    var succeeded: Bool { termination == .exited(0) }

    /// How it ended, in words (`exit status 1`, `signal 4`).
    var ending: String {
        switch termination {
        case .exited(let status): return "exit status \(status)"
        case .signalled(let signal): return "signal \(signal)"
        case .timedOut: return "killed after its time limit"
        case .notStarted(let why): return why
        }
    }

    /// Runs `executable` to the end in `folder`, its output in files (no pipe can fill up),
    /// killing it after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], in folder: String, scratch: String,
                    timeout: Double) -> FinishedProcess {
        let outPath = scratch + "/stdout-\(UUID().uuidString)", errPath = scratch + "/stderr-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardInput = FileHandle.nullDevice
        guard let out = FileHandle(forWritingAtPath: outPath), let err = FileHandle(forWritingAtPath: errPath) else {
            return FinishedProcess(termination: .notStarted("cannot create output files in \(scratch)"), standardOutput: "", standardError: "")
        }
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            return FinishedProcess(termination: .notStarted("cannot start \(executable): \(error)"), standardOutput: "", standardError: "")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                timedOut = true
                break
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let stdout = String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self)
        let stderr = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        let termination: Termination = timedOut ? .timedOut
            : process.terminationReason == .uncaughtSignal ? .signalled(process.terminationStatus)
            : .exited(process.terminationStatus)
        return FinishedProcess(termination: termination, standardOutput: stdout, standardError: stderr)
    }
}
