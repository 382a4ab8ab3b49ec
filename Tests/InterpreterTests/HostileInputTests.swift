import Foundation
import XCTest
@testable import Interpreter

/// Runs every cell in `Hostile/`: inputs that once crashed or hung lectern (the reproducers of
/// issue 8 and whatever `scripts/fuzz` finds). Each must end — with output or with a located
/// error — within a second or two of its time limit, never by a signal.
///
/// A cell's leading comments set its limits with the command line's options
/// (`// limits: --timeout 1 --max-allocation 1000`) and may name the error it must end in
/// (`// error: time limit of 1 s exceeded`; alternatives separated by ` | `, each a prefix).
final class HostileInputTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Hostile")

    struct Case {
        var name: String
        var source: String
        var limits = ExecutionLimits(maxSeconds: 1)
        var errors: [String] = []
    }

    static func load() throws -> [Case] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
        return try names.map { name in
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var c = Case(name: name, source: source)
            for line in source.split(separator: "\n") where line.hasPrefix("//") {
                let text = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("limits:") { c.limits = try limits(String(text.dropFirst("limits:".count)), name) }
                if text.hasPrefix("error:") {
                    c.errors = text.dropFirst("error:".count).components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
                }
            }
            return c
        }
    }

    /// The limits named by command-line options.
    static func limits(_ options: String, _ name: String) throws -> ExecutionLimits {
        var limits = ExecutionLimits(maxSeconds: 1)
        let words = options.split(separator: " ").map(String.init)
        for (option, value) in zip(words, words.dropFirst()) {
            switch option {
            case "--timeout": limits.maxSeconds = Double(value) ?? limits.maxSeconds
            case "--max-steps": limits.maxSteps = Int(value) ?? limits.maxSteps
            case "--max-depth": limits.maxCallDepth = Int(value) ?? limits.maxCallDepth
            case "--max-allocation": limits.maxAllocation = Int(value) ?? limits.maxAllocation
            case "--max-memory": limits.maxMemory = (Int(value) ?? 4096) << 20
            default: continue
            }
        }
        return limits
    }

    func testEveryHostileCellEndsWithALocatedErrorOrItsOutput() throws {
        let cases = try Self.load()
        XCTAssertFalse(cases.isEmpty, "no cells in \(Self.folder.path)")
        for c in cases {
            let start = Date()
            let outcome = Session(limits: c.limits).run(c.source, origin: c.name)
            let elapsed = Date().timeIntervalSince(start)
            // A hang runs on for 30 s and more; 5 s of slack leaves room for a debug build filling
            // large tensors while the other core is busy (twenty-tensors.swift took 2.6-2.7 s
            // against its 0.5 s limit in loaded runs, and 1.2 s on a quiet machine).
            XCTAssertLessThan(elapsed, c.limits.maxSeconds + 5, "\(c.name) ran past its time limit")
            if let error = outcome.error {
                let lines = c.source.split(separator: "\n", omittingEmptySubsequences: false)
                XCTAssertTrue((1...lines.count).contains(error.line), "\(c.name): line \(error.line) of \(lines.count)")
                if (1...lines.count).contains(error.line) {
                    let line = lines[error.line - 1]
                    XCTAssertLessThanOrEqual(error.column, Swift.max(line.count, line.utf8.count) + 1, "\(c.name): column past the line's end")
                }
                if !c.errors.isEmpty {
                    XCTAssertTrue(c.errors.contains { error.message.hasPrefix($0) }, "\(c.name): \(error.message)")
                }
            } else {
                XCTAssertTrue(c.errors.isEmpty, "\(c.name) should have failed with \(c.errors)")
            }
        }
    }
}
