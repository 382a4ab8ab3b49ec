import XCTest
@testable import Interpreter

/// Arrays (value semantics), dictionaries, sets and their methods.
final class CollectionTests: XCTestCase {
    func testArrayValueSemanticsAndMutation() {
        assertOutput("""
        var a = [1, 2, 3]
        var b = a
        b.append(4)
        a[0] = 10
        a.insert(0, at: 1)
        let removed = a.remove(at: 2)
        let last = b.removeLast()
        print(a, b, removed, last, a.count, a.isEmpty, a.first!, a.last!)
        """, "[10, 0, 3] [1, 2, 3] 2 4 3 false 10 3\n")
    }

    func testArrayInitialisersAndSlices() {
        assertOutput("""
        let z = Array(repeating: 0.0, count: 3)
        let w = [Double](repeating: 1, count: 2)
        let r = Array(0..<4)
        var grid = Array(repeating: Array(repeating: 0, count: 2), count: 2)
        grid[1][0] = 5
        print(z, w, r, Array(r[1...2]), grid, r.prefix(2), r.suffix(1), r.dropFirst())
        """, "[0.0, 0.0, 0.0] [1.0, 1.0] [0, 1, 2, 3] [1, 2] [[0, 0], [5, 0]] [0, 1] [3] [1, 2, 3]\n")
    }

    func testSortingAndSearching() {
        assertOutput("""
        var xs = [5, 3, 8, 1]
        xs.sort()
        var ys = ["b", "a"]
        ys.sort(by: >)
        print(xs, ys, xs.contains(8), xs.firstIndex { $0 > 4 }!, xs.min()!, xs.max()!, [Int]().max() as Any)
        """, "[1, 3, 5, 8] [\"b\", \"a\"] true 2 1 8 nil\n")
    }

    func testDictionaries() {
        assertOutput("""
        var ages = ["Ada": 36, "Alan": 41]
        ages["Grace"] = 85
        ages["Alan"] = nil
        var counts: [String: Int] = [:]
        for w in ["a", "b", "a"] { counts[w, default: 0] += 1 }
        print(ages, ages["Ada"], ages["Bob"], ages.count, counts)
        print(ages.keys.sorted(), ages.values.sorted(), counts.sorted { $0.key < $1.key }.map { $0.value })
        for (name, age) in ages.sorted(by: { $0.value < $1.value }) { print(name, age) }
        print(ages.mapValues { $0 + 1 }, ages.filter { $0.value > 50 })
        """, """
        ["Ada": 36, "Grace": 85] Optional(36) nil 2 ["a": 2, "b": 1]
        ["Ada", "Grace"] [36, 85] [2, 1]
        Ada 36
        Grace 85
        ["Ada": 37, "Grace": 86] ["Grace": 85]

        """)
    }

    func testSets() {
        assertOutput("""
        var s: Set<Int> = [1, 2]
        s.insert(3)
        s.insert(1)
        print(s.count, s.contains(2), s.sorted(), Set([1, 1, 2]).count)
        """, "3 true [1, 2, 3] 2\n")
    }

    func testStrings() {
        assertOutput("""
        let s = "Hello, World"
        print(s.count, s.uppercased(), s.lowercased(), s.hasPrefix("He"), s.hasSuffix("x"), s.contains("World"))
        print(s.split(separator: ","), ["a", "b"].joined(separator: "-"), String(s.reversed()), s.replacingOccurrences(of: "l", with: "L"))
        print("a,b,,c".split(separator: ",").count, "  x ".trimmingCharacters(in: .whitespaces), "ab".padding(toLength: 4, withPad: ".", startingAt: 0))
        """, "12 HELLO, WORLD hello, world true false true\n[\"Hello\", \" World\"] a-b dlroW ,olleH HeLLo, WorLd\n3 x ab..\n")
    }
}
