import XCTest
@testable import Interpreter

/// Generic functions and types: type parameters with constraints, generic structs and classes,
/// extensions with `where` clauses, and generic arguments inferred from use. Expected output from
/// swiftc 6.3.
final class GenericDeclarationTests: XCTestCase {
    func testGenericFunctionsWithConstraints() {
        assertCheckedOutput("""
        func largest<T: Comparable>(_ xs: [T]) -> T? {
            guard var best = xs.first else { return nil }
            for x in xs where x > best { best = x }
            return best
        }
        func swapped<A, B>(_ p: (A, B)) -> (B, A) { (p.1, p.0) }
        func count<T: Hashable>(_ xs: [T]) -> [T: Int] {
            var out: [T: Int] = [:]
            for x in xs { out[x, default: 0] += 1 }
            return out
        }
        print(largest([3, 9, 2]) ?? 0, largest(["b", "a"]) ?? "", largest([Double]()) as Any)
        print(swapped((1, "a")), count(["x", "y", "x"])["x"] ?? 0)
        """, "9 b nil\n(\"a\", 1) 2\n")
    }

    func testGenericStruct() {
        assertCheckedOutput("""
        struct Stack<Element> {
            var items: [Element] = []
            mutating func push(_ x: Element) { items.append(x) }
            mutating func pop() -> Element? { items.popLast() }
            var top: Element? { items.last }
            var isEmpty: Bool { items.isEmpty }
        }
        var s = Stack<Int>()
        s.push(1)
        s.push(2)
        print(s.pop() ?? 0, s.top ?? 0, s.items.count, s.isEmpty)
        var names = Stack<String>(items: ["x"])
        names.push("y")
        print(names.items)
        struct Pair<A, B> { var first: A; var second: B }
        let p = Pair(first: 1, second: "one")
        print(p.first, p.second)
        """, "2 1 1 false\n[\"x\", \"y\"]\n1 one\n")
    }

    func testGenericClasses() {
        assertCheckedOutput("""
        final class RingBuffer<T> {
            private var storage: [T?]
            private var next = 0
            init(capacity: Int) { storage = Array(repeating: nil, count: capacity) }
            func append(_ x: T) { storage[next % storage.count] = x; next += 1 }
            var values: [T] { storage.compactMap { $0 } }
        }
        let r = RingBuffer<Double>(capacity: 2)
        for x in [1.0, 2.0, 3.0] { r.append(x) }
        print(r.values)
        final class Registry<Key: Hashable, Value> {
            var entries: [Key: Value] = [:]
            func register(_ k: Key, _ v: Value) { entries[k] = v }
            func lookup(_ k: Key) -> Value? { entries[k] }
        }
        let reg = Registry<String, Int>()
        reg.register("a", 1)
        print(reg.lookup("a") ?? 0, reg.lookup("b") as Any)
        """, "[3.0, 2.0]\n1 nil\n")
    }

    func testWhereClauseExtensions() {
        assertCheckedOutput("""
        struct Box<T> { var value: T }
        extension Box where T: Numeric {
            func doubled() -> T { value + value }
        }
        extension Box where T == String {
            var shout: String { value.uppercased() }
        }
        struct Stack<Element> { var items: [Element] }
        extension Stack where Element: Numeric {
            func sum() -> Element { items.reduce(0, +) }
        }
        print(Box(value: 21).doubled(), Box(value: 1.5).doubled(), Box(value: "hi").shout)
        print(Stack(items: [1, 2]).sum(), Stack(items: [0.5, 0.25]).sum())
        """, "42 3.0 HI\n3 0.75\n")
    }

    func testConcreteExtensionsOfStandardGenerics() {
        assertCheckedOutput("""
        extension Dictionary where Key == String, Value == Int {
            var total: Int { values.reduce(0, +) }
            func largest() -> Value { values.max() ?? 0 }
            func keyList() -> [Key] { keys.sorted() }
        }
        extension Array where Element == Double {
            func mean() -> Element { isEmpty ? 0 : reduce(0, +) / Double(count) }
        }
        extension [Int] {
            func doubled() -> [Int] { map { $0 * 2 } }
        }
        extension Sequence where Element == Double {
            func sumOfSquares() -> Double { reduce(0) { $0 + $1 * $1 } }
        }
        print(["a": 1, "b": 5].total, ["a": 1, "b": 5].largest(), ["b": 1, "a": 5].keyList())
        print([1.0, 2.0].mean(), [1, 2].doubled(), Set([3.0]).sumOfSquares())
        """, "6 5 [\"a\", \"b\"]\n1.5 [2, 4] 9.0\n")
    }

    func testCollectionExtensionWithComparableElements() {
        assertCheckedOutput("""
        extension Collection where Element: Comparable {
            func argmax() -> Index? {
                guard var best = indices.first else { return nil }
                for i in indices where self[i] > self[best] { best = i }
                return best
            }
        }
        print([3, 9, 4].argmax() ?? -1, ["b", "z", "a"].argmax() ?? -1, [Int]().argmax() as Any)
        """, "1 1 nil\n")
    }

    func testTypeNameInsideItsBodyMeansItsOwnArguments() {
        assertCheckedOutput("""
        struct Matrix<T: Numeric> {
            var data: [T]
            let n: Int
            subscript(i: Int, j: Int) -> T {
                get { data[i * n + j] }
                set { data[i * n + j] = newValue }
            }
            static func identity(_ n: Int) -> Matrix<T> {
                var m = Matrix(data: Array(repeating: 0, count: n * n), n: n)
                for i in 0..<n { m[i, i] = 1 }
                return m
            }
        }
        var id = Matrix<Double>.identity(2)
        id[0, 1] = 5
        print(id.data, Matrix<Int>.identity(1).data)
        """, "[1.0, 5.0, 0.0, 1.0] [1]\n")
    }
}
