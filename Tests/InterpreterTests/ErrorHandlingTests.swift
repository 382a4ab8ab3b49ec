import XCTest
@testable import Interpreter

/// `throw`, `try`, `try?`, `try!`, `do`/`catch` with patterns, and `defer`.
final class ErrorHandlingTests: XCTestCase {
    func testThrowCatchAndDefer() {
        // Expected output recorded from the same program compiled by swiftc.
        assertOutput(#"""
enum ValidationError: Error { case empty, tooLong(Int) }
struct ParseFailure: Error { let line: Int }
func validate(_ s: String) throws -> String {
    if s.isEmpty { throw ValidationError.empty }
    if s.count > 5 { throw ValidationError.tooLong(s.count) }
    return s.uppercased()
}
for input in ["ok", "", "toolongtext"] {
    do {
        let v = try validate(input)
        print("valid", v)
    } catch ValidationError.empty {
        print("empty!")
    } catch ValidationError.tooLong(let n) where n > 10 {
        print("way too long", n)
    } catch {
        print("other", error)
    }
}
print(try? validate(""), try? validate("hi"), (try? validate("x")) ?? "none")
func parse(_ lines: [String]) throws -> [Int] {
    var out: [Int] = []
    for (i, l) in lines.enumerated() {
        guard let n = Int(l) else { throw ParseFailure(line: i + 1) }
        out.append(n)
    }
    return out
}
do {
    print(try parse(["1", "2"]))
    print(try parse(["1", "x"]))
} catch let e as ParseFailure {
    print("failed at line", e.line)
}
func withCleanup() -> Int {
    var log: [String] = []
    defer { print("cleanup", log) }
    log.append("start")
    for i in 0..<3 {
        defer { log.append("end \(i)") }
        if i == 1 { continue }
        log.append("body \(i)")
    }
    return log.count
}
print(withCleanup())
let r = try! validate("abc")
print(r)
do { _ = try validate("") } catch let e as ValidationError { print("caught", e) }
"""#, #"""
valid OK
empty!
way too long 11
nil Optional("HI") X
[1, 2]
failed at line 2
cleanup ["start", "body 0", "end 0", "end 1", "body 2", "end 2"]
6
ABC
caught empty

"""#)
    }

    func testUncaughtErrorIsLocatedAtTheThrow() {
        assertError("""
        enum Failure: Error { case broken }
        func f() throws { 1️⃣throw Failure.broken }
        print("before")
        try f()
        """, "uncaught error: broken", output: "before\n")
    }

    func testTryBangOnErrorIsAnError() {
        assertError("""
        enum Failure: Error { case broken }
        func f() throws -> Int { throw Failure.broken }
        let x = 1️⃣try! f()
        """, "'try!' expression unexpectedly raised an error: broken")
    }

    func testRuntimeTrapsAreNotCatchable() {
        assertError("""
        do {
            let xs = [1]
            print(1️⃣xs[3])
        } catch {
            print("caught")
        }
        """, "index 3 out of range for array of 1 element")
    }
}
