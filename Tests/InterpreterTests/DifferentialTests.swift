import Foundation
import XCTest
@testable import Interpreter

/// Runs every program in `Programs/` through the interpreter and compares its output with
/// `NAME.expected`, the stdout of the same program compiled by swiftc. When `swiftc` is on the
/// PATH (and `LECTERN_SKIP_SWIFTC` is not set) the expectations themselves are re-proven against
/// the real compiler.
final class DifferentialTests: XCTestCase {
    static let programs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs")

    func programNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.programs.path)
            .filter { $0.hasSuffix(".swift") }
            .map { String($0.dropLast(".swift".count)) }
            .sorted()
    }

    func testInterpreterMatchesCompiledSwift() throws {
        let names = try programNames()
        XCTAssertFalse(names.isEmpty, "no programs in \(Self.programs.path)")
        for name in names {
            let source = try String(contentsOf: Self.programs.appendingPathComponent(name + ".swift"), encoding: .utf8)
            let expected = try String(contentsOf: Self.programs.appendingPathComponent(name + ".expected"), encoding: .utf8)
            let session = Session()
            let outcome = session.run(source, origin: name + ".swift")
            var actual = outcome.output
            if let e = outcome.error { actual += "error \(e.line):\(e.column): \(e.message)\n" }
            if actual != expected {
                XCTFail("\(name): interpreter output differs from \(name).expected\n" + lineDiff(expected: expected, actual: actual))
            }
        }
    }

    func testExpectationsMatchSwiftc() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["LECTERN_SKIP_SWIFTC"] == nil else { throw XCTSkip("LECTERN_SKIP_SWIFTC is set") }
        guard let swiftc = findExecutable("swiftc") else { throw XCTSkip("swiftc is not on the PATH") }
        let names = try programNames()
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-differential-\(getpid())")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        // Two compilations at a time: the machine has two cores.
        let failures = Failures(count: names.count)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 2
        for (i, name) in names.enumerated() {
            queue.addOperation {
                let message = Self.compileAndCompare(name, swiftc: swiftc, temp: temp)
                failures.set(i, message)
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        for message in failures.messages.compactMap({ $0 }) { XCTFail(message) }
    }

    static func compileAndCompare(_ name: String, swiftc: String, temp: URL) -> String? {
        let source = programs.appendingPathComponent(name + ".swift")
        let binary = temp.appendingPathComponent(name.replacingOccurrences(of: "-", with: "_"))
        // `-module-name main` so user types print as `main.Point`, as the interpreter prints them;
        // libm for `squareRoot()` in programs that do not import Foundation.
        let (status, compileOutput) = runProcess(swiftc, ["-module-name", "main", "-Xlinker", "-lm", source.path, "-o", binary.path])
        guard status == 0 else { return "\(name): swiftc failed:\n\(compileOutput)" }
        let (runStatus, output) = runProcess(binary.path, [])
        guard runStatus == 0 else { return "\(name): compiled program exited with status \(runStatus)" }
        let expected = (try? String(contentsOf: programs.appendingPathComponent(name + ".expected"), encoding: .utf8)) ?? ""
        if output != expected {
            return "\(name): swiftc's output differs from \(name).expected\n" + lineDiff(expected: expected, actual: output)
        }
        return nil
    }
}

/// Failure messages collected from concurrent compilations.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var messages: [String?]
    init(count: Int) { messages = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ message: String?) { lock.lock(); messages[i] = message; lock.unlock() }
}

/// Runs a program and returns its exit status and standard output (standard error appended).
func runProcess(_ path: String, _ arguments: [String]) -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    do { try process.run() } catch { return (-1, "\(error)") }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    return (process.terminationStatus, process.terminationStatus == 0 ? text : text + String(decoding: errData, as: UTF8.self))
}

func findExecutable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
        let candidate = String(dir) + "/" + name
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

/// A line-by-line diff: the first differing lines with their numbers.
func lineDiff(expected: String, actual: String) -> String {
    let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(e.count, a.count) {
        let x = i < e.count ? e[i] : "<missing>", y = i < a.count ? a[i] : "<missing>"
        if x != y {
            out.append("line \(i + 1):\n  expected: \(x)\n  actual:   \(y)")
            if out.count == 5 { out.append("…"); break }
        }
    }
    return out.joined(separator: "\n")
}
