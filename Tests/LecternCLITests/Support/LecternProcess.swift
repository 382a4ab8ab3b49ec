import Foundation
import XCTest

/// Runs the built `lectern` executable in a scratch folder and captures what it prints.
struct LecternProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable beside the test bundle (`.build/debug/lectern`).
    static var executable: URL {
        var directory = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { directory.deleteLastPathComponent() }  // …/Tests/LecternCLITests/Support/x.swift → package root
        let testBinary = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        let candidates = [
            testBinary.deletingLastPathComponent().appendingPathComponent("lectern"),
            directory.appendingPathComponent(".build/debug/lectern"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8))
        return name
    }

    func read(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    func run(_ arguments: [String], input: String = "", environment extra: [String: String] = [:]) throws -> Result {
        try run(executable: Self.executable, arguments, input: input, environment: extra)
    }

    /// Runs a `/bin/sh` script in the scratch folder, with the executable's path in `$LECTERN`
    /// (for redirections such as `2>&-` that `Process` cannot express).
    func shell(_ script: String) throws -> Result {
        try run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", script], environment: ["LECTERN": Self.executable.path])
    }

    private func run(executable: URL, _ arguments: [String], input: String = "", environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        environment["COLUMNS"] = "80"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data(input.utf8))
        try standardInput.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
