import XCTest
@testable import Interpreter

/// Subscripts declared by lesson types: several parameters, labels, get/set, read-only, classes,
/// default arguments, and compound assignment through a subscript. Expected output from swiftc 6.3.
final class SubscriptDeclarationTests: XCTestCase {
    func testStructSubscriptsWithGetterAndSetter() {
        assertCheckedOutput("""
        struct Matrix {
            let rows: Int, cols: Int
            var grid: [Double]
            init(rows: Int, cols: Int) { self.rows = rows; self.cols = cols; grid = Array(repeating: 0, count: rows * cols) }
            subscript(r: Int, c: Int) -> Double {
                get { grid[r * cols + c] }
                set { grid[r * cols + c] = newValue }
            }
            subscript(row r: Int) -> [Double] { Array(grid[(r * cols)..<((r + 1) * cols)]) }
        }
        var m = Matrix(rows: 2, cols: 2)
        m[0, 1] = 3
        m[1, 0] += 2
        print(m[0, 1], m[1, 0], m[row: 1], m.grid)
        var copy = m
        copy[0, 0] = 9
        print(m[0, 0], copy[0, 0])
        """, "3.0 2.0 [2.0, 0.0] [0.0, 3.0, 2.0, 0.0]\n0.0 9.0\n")
    }

    func testClassSubscriptsAndDefaults() {
        assertCheckedOutput("""
        final class Counts {
            var store: [String: Int] = [:]
            subscript(key: String) -> Int {
                get { store[key, default: 0] }
                set { store[key] = newValue }
            }
            subscript(key: String, fallback fallback: Int) -> Int { store[key] ?? fallback }
        }
        let c = Counts()
        c["a"] += 1
        c["a"] += 1
        print(c["a"], c["b"], c["b", fallback: 7], c["a", fallback: 7])
        """, "2 0 7 2\n")
    }

    func testStaticAndGenericSubscripts() {
        assertCheckedOutput("""
        enum Primes {
            static let table = [2, 3, 5, 7]
            static subscript(i: Int) -> Int { table[i] }
        }
        struct Wrapper<T> {
            var items: [T]
            subscript(safe i: Int) -> T? { items.indices.contains(i) ? items[i] : nil }
        }
        print(Primes[2], Wrapper(items: ["a"])[safe: 0] ?? "-", Wrapper(items: ["a"])[safe: 3] ?? "-")
        """, "5 a -\n")
    }
}
