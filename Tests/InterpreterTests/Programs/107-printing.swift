// print with separators and terminators, debugPrint, and descriptions of nested values.
print("a", "b", "c", separator: ", ")
print("no newline", terminator: "")
print(" | continued")
print(1, 2, separator: "-", terminator: "!\n")
print()
debugPrint("quoted", 1.5, [1, 2])
debugPrint(["k": "v"])
print([1.0, 2.5], [[1], [2, 3]], ["x": [1, 2]])
print((1, "two", 3.0), (name: "n", value: 0.5))
print([Int](), [String: Int](), Set<Int>())
let opt: Int? = 4
let none: Int? = nil
print(opt as Any, none as Any, [opt, none])
print(0.1 + 0.2, 1e-5, 100000.0, 1e16, 123456789.0, 0.000123, -0.0, 2.2250738585072014e-308)
print(Float(0.1), Float(1) / 3, 1.0 / 3)
struct P { var x: Double; var y: Int }
enum E { case a, b(Int) }
print(P(x: 1, y: 2), [P(x: 0, y: 0)])
print(E.a, E.b(3), [E.a, E.b(1)])
print(0..<3, 1...2, "end")
