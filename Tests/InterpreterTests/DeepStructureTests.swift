import Foundation
import XCTest
@testable import Interpreter

/// Values nested as deep as lesson code likes — linked lists of class instances, indirect enums,
/// arrays in arrays, autodiff graphs — are built, printed, compared, hashed and freed without
/// native recursion. Sessions here run their cells on a 1 MiB stack (and are freed on a 256 KiB
/// one), far too small for a recursion as deep as the data.
final class DeepStructureTests: XCTestCase {
    /// Runs `cells` in one session with a small cell stack, then frees the session on a thread
    /// with a smaller stack still; returns each cell's output, or its error as `error L:C: message`.
    func run(_ cells: [String], limits: ExecutionLimits = ExecutionLimits()) -> [String] {
        let results = Results()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            var session: Session? = Session(limits: limits)
            session?.stackSize = 1 << 20
            for cell in cells {
                guard let outcome = session?.run(cell, origin: "deep.md:1") else { continue }
                results.append(outcome.output + (outcome.error.map { "error \($0.line):\($0.column): \($0.message)" } ?? ""))
            }
            session = nil
            done.signal()
        }
        thread.stackSize = 256 << 10
        thread.start()
        done.wait()
        return results.values
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [String] = []
        func append(_ value: String) { lock.lock(); values.append(value); lock.unlock() }
    }

    func testALongChainOfClassInstances() {
        let outputs = run([
            "class Node { var next: Node? = nil; init(_ n: Node?) { next = n } }\nvar head: Node? = nil\nfor _ in 0..<50_000 { head = Node(head) }\nprint(\"built\")",
            "head = nil\nprint(\"freed\")",
            "for _ in 0..<50_000 { head = Node(head) }\nprint(\"built again\")",
        ])
        XCTAssertEqual(outputs, ["built\n", "freed\n", "built again\n"])
    }

    func testAnIndirectEnumChain() {
        let outputs = run([
            "enum L { case end; case node(Int, [L]) }\nvar l = L.end\nfor i in 0..<50_000 { l = .node(i, [l]) }\nprint(\"built\")",
            "l = .end\nprint(\"freed\")",
            "func build() -> Int { var m = L.end; for i in 0..<50_000 { m = .node(i, [m]) }; return 1 }\nprint(build() + build())",
            "for i in 0..<50_000 { l = .node(i, [l]) }\nprint(\"kept\")",
        ])
        XCTAssertEqual(outputs, ["built\n", "freed\n", "2\n", "kept\n"])
    }

    func testPrintingComparingAndHashingValuesNestedTenThousandDeep() {
        let brackets = String(repeating: "[", count: 10_001) + "1" + String(repeating: "]", count: 10_001)
        let outputs = run([
            "var a: [Any] = [1]\nfor _ in 0..<10_000 { a = [a] }\nvar b: [Any] = [1]\nfor _ in 0..<10_000 { b = [b] }\nprint(a == b, a == [1])\nprint(Set([a, b]).count)\nprint(a)",
            "enum L: Equatable { case end; case node(Int, [L]) }\nvar l = L.end, m = L.end\nfor i in 0..<10_000 { l = .node(i, [l]); m = .node(i, [m]) }\nprint(l == m)\nlet text = \"\\(l)\"\nprint(text.count, text.hasPrefix(\"node(9999, [main.L.node(9998, [\"))",
        ])
        // "node(9999, [main.L.node(9998, [… main.L.end])…])": 208 893 characters.
        XCTAssertEqual(outputs.count, 2)
        XCTAssertTrue(outputs.first == "true false\n1\n" + brackets + "\n", String(outputs.first?.prefix(80) ?? "none"))
        XCTAssertEqual(outputs.last, "true\n208893 true\n")
    }

    func testStructsNestedThroughArraysAndClosuresCapturingClosures() {
        let outputs = run([
            "struct Tree { var children: [Tree] }\nvar t = Tree(children: [])\nfor _ in 0..<50_000 { t = Tree(children: [t]) }\nprint(t.children.count)",
            "t = Tree(children: [])\nvar f: () -> Int = { 0 }\nfor _ in 0..<50_000 { let g = f; f = { g() } }\nprint(\"closures\")",
            "f = { 1 }\nprint(f())",
        ])
        XCTAssertEqual(outputs, ["1\n", "closures\n", "1\n"])
    }
}
