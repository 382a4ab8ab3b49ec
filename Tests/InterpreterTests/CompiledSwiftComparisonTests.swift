import XCTest
@testable import Interpreter

/// Programs whose expected output was produced by compiling them with swiftc (recorded here so the
/// comparison runs without a compiler); each covers a cluster of features working together.
final class CompiledSwiftComparisonTests: XCTestCase {
    func testCollectionsAndStrings() {
        assertOutput(#"""
import Foundation
var x: Int? = 3
if var y = x { y += 1; print(y) }
switch 5 { case 5: print("five"); fallthrough; case 6: print("six"); default: print("other") }
switch 3 { case ...2: print("low"); case 3...: print("high"); default: break }
print([1, 2, 3, 4].count(where: { $0 > 2 }))
var d = ["a": 1, "b": 2]
print(d.compactMapValues { $0 > 1 ? $0 * 10 : nil })
print(d.updateValue(5, forKey: "a") as Any, d.count)
d.merge(["c": 3, "a": 9]) { old, new in old + new }
print(d.sorted { $0.key < $1.key })
var s: Set<String> = ["x"]
print(s.union(["y"]).sorted(), s.intersection(["x", "z"]), s.subtracting(["x"]), s.isSubset(of: ["x", "q"]))
debugPrint("hi", 1.5, [1])
let words = ["b", "a", "c"]
print(words.sorted { $0 > $1 }, words.reduce("") { $0 + $1 })
let nested = [[1, 2], [3, 4]]
print(nested.map { $0.reduce(0, +) }, nested.joined().map { $0 * 2 })
print(Array(Array(1...3).reversed()), (0..<5).filter { $0 % 2 == 0 }, stride(from: 0, to: 10, by: 3).map { $0 })
let t = (name: "x", value: 2.5)
print(t.name, t.value, t)
var counts = [String: Int]()
for ch in "hello" { counts[String(ch), default: 0] += 1 }
print(counts.sorted { $0.key < $1.key })
print(String(42, radix: 2), Int.max / 2, 7.isMultiple(of: 7), (-7).quotientAndRemainder(dividingBy: 2))
let opt: String? = nil
print(opt ?? "default", opt?.count ?? -1, opt.map { $0 + "!" } as Any)
print(max(3, 9, 4), min(2.5, 1.0), abs(-4.5))
let lazyWords = words.enumerated().map { "\($0.offset):\($0.element)" }
print(lazyWords)
print(words.firstIndex(where: { $0 == "a" })!, words.contains("c"), words.last(where: { $0 != "c" })!)
var arr = [5, 3, 1]
arr.removeAll(where: { $0 == 3 })
arr.swapAt(0, 1)
print(arr, arr.popLast() as Any, arr)
print("a-b-c".components(separatedBy: "-"), "abc".hasPrefix("ab"), "Hello".lowercased().uppercased())
let c: Character = "z"
print(c.isLetter, c.asciiValue!, "z" < "a", ["b", "a"].max()!)
print(1e-7, 123456789.0, 0.1 * 3, Float(1) / 3, 2.0.squareRoot(), Double(Int.max))
"""#, #"""
4
five
six
high
2
["b": 20]
Optional(1) 2
[(key: "a", value: 14), (key: "b", value: 2), (key: "c", value: 3)]
["x", "y"] ["x"] [] true
"hi" 1.5 [1]
["c", "b", "a"] bac
[3, 7] [2, 4, 6, 8]
[3, 2, 1] [0, 2, 4] [0, 3, 6, 9]
x 2.5 (name: "x", value: 2.5)
[(key: "e", value: 1), (key: "h", value: 1), (key: "l", value: 2), (key: "o", value: 1)]
101010 4611686018427387903 true (quotient: -3, remainder: -1)
default -1 nil
9 1.0 4.5
["0:b", "1:a", "2:c"]
1 true a
[1, 5] Optional(5) [1]
["a", "b", "c"] true HELLO
true 122 false b
1e-07 123456789.0 0.30000000000000004 0.33333334 1.4142135623730951 9.223372036854776e+18

"""#)
    }

    func testMatricesEnumsAndClasses() {
        assertOutput(#"""
import Foundation
struct Matrix: CustomStringConvertible {
    var rows: Int, cols: Int
    var data: [Double]
    init(rows: Int, cols: Int, fill: Double = 0) { self.rows = rows; self.cols = cols; data = Array(repeating: fill, count: rows * cols) }
    func at(_ r: Int, _ c: Int) -> Double { data[r * cols + c] }
    mutating func set(_ r: Int, _ c: Int, _ v: Double) { data[r * cols + c] = v }
    var description: String { "Matrix(\(rows)x\(cols))" }
    static func * (a: Matrix, b: Matrix) -> Matrix {
        var out = Matrix(rows: a.rows, cols: b.cols)
        for i in 0..<a.rows { for j in 0..<b.cols {
            var s = 0.0
            for k in 0..<a.cols { s += a.at(i, k) * b.at(k, j) }
            out.set(i, j, s)
        } }
        return out
    }
}
var m = Matrix(rows: 2, cols: 2, fill: 1)
m.set(0, 1, 3)
let p = m * m
print(p, p.data, [p], Optional(p))
enum Activation: String, CaseIterable {
    case relu, sigmoid, tanh
    func apply(_ x: Double) -> Double {
        switch self {
        case .relu: return max(0, x)
        case .sigmoid: return 1 / (1 + exp(-x))
        case .tanh: return Foundation.tanh(x)
        }
    }
}
for a in Activation.allCases { print(a, a.rawValue, a.apply(0.5)) }
print(Activation(rawValue: "relu") == .relu, Activation.allCases.map { $0.rawValue })
class Layer {
    var weights: [[Double]]
    let activation: Activation
    init(inputs: Int, outputs: Int, activation: Activation = .relu) {
        weights = (0..<outputs).map { o in (0..<inputs).map { i in Double(o + i) * 0.1 } }
        self.activation = activation
    }
    func forward(_ x: [Double]) -> [Double] {
        weights.map { row in activation.apply(zip(row, x).map { $0 * $1 }.reduce(0, +)) }
    }
}
let layer = Layer(inputs: 3, outputs: 2, activation: .sigmoid)
print(layer.forward([1, 2, 3]), layer.weights)
"""#, #"""
Matrix(2x2) [4.0, 6.0, 2.0, 4.0] [Matrix(2x2)] Optional(Matrix(2x2))
relu relu 0.5
sigmoid sigmoid 0.6224593312018546
tanh tanh 0.46211715726000974
true ["relu", "sigmoid", "tanh"]
[0.6899744811276125, 0.8021838885585818] [[0.0, 0.1, 0.2], [0.1, 0.2, 0.30000000000000004]]

"""#)
    }

    func testClosuresAndRecursion() {
        assertOutput(#"""
// closures, captures, higher-order, inout, recursion
func makeAccumulator(start: Double) -> (Double) -> Double {
    var total = start
    return { total += $0; return total }
}
let acc = makeAccumulator(start: 10)
print(acc(1), acc(2.5))
func apply(_ f: (Int) -> Int, times n: Int, to x: Int) -> Int {
    var v = x
    for _ in 0..<n { v = f(v) }
    return v
}
print(apply({ $0 * 2 }, times: 3, to: 1), apply({ x in x + 1 }, times: 5, to: 0))
func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double { { g(f($0)) } }
let h = compose({ $0 + 1 }, { $0 * 3 })
print(h(2))
var ops: [String: (Double, Double) -> Double] = ["add": { $0 + $1 }, "mul": { $0 * $1 }]
print(ops["add"]!(2, 3), ops["mul"]?(4, 5) as Any)
ops["sub"] = { a, b in a - b }
print(ops.keys.sorted())
func hanoi(_ n: Int, _ from: String, _ to: String, _ via: String, _ moves: inout Int) {
    if n == 0 { return }
    hanoi(n - 1, from, via, to, &moves)
    moves += 1
    hanoi(n - 1, via, to, from, &moves)
}
var moves = 0
hanoi(10, "A", "C", "B", &moves)
print(moves)
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
print(gcd(48, 18), [12, 18, 24].reduce(0) { gcd($0, $1) })
let sortedPairs = [(2, "b"), (1, "a"), (2, "a")].sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
print(sortedPairs)
var memo: [Int: Int] = [:]
func fibm(_ n: Int) -> Int {
    if let v = memo[n] { return v }
    let r = n < 2 ? n : fibm(n - 1) + fibm(n - 2)
    memo[n] = r
    return r
}
print(fibm(80))
let numbers = Array(1...10)
let evens = numbers.filter { $0.isMultiple(of: 2) }
let squares = evens.map { $0 * $0 }
let total = squares.reduce(0, +)
print(evens, squares, total, numbers.allSatisfy { $0 > 0 }, numbers.first { $0 > 4 } ?? 0)
var counter = 0
let increment = { counter += 1 }
increment(); increment()
print(counter)
func variadicMean(_ xs: Double...) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
print(variadicMean(1, 2, 3, 4), variadicMean())
let names = ["Zoe", "adam", "Bob"]
print(names.sorted(), names.sorted { $0.lowercased() < $1.lowercased() }, names.map { $0.count }.max()!)
let grid = (0..<3).map { r in (0..<3).map { c in r * 3 + c } }
print(grid, grid.flatMap { $0 }.filter { $0 % 4 == 0 }, grid[1][2])
"""#, #"""
11.0 13.5
8 5
9.0
5.0 Optional(20.0)
["add", "mul", "sub"]
1023
6 6
[(1, "a"), (2, "a"), (2, "b")]
23416728348467685
[2, 4, 6, 8, 10] [4, 16, 36, 64, 100] 220 true 5
2
2.5 0.0
["Bob", "Zoe", "adam"] ["adam", "Bob", "Zoe"] 4
[[0, 1, 2], [3, 4, 5], [6, 7, 8]] [0, 4, 8] 5

"""#)
    }

    func testClassInheritance() {
        assertOutput(#"""
// classes with inheritance, static, computed, enums with assoc values, optionals chains
class Shape {
    var name: String
    init(name: String) { self.name = name }
    func area() -> Double { 0 }
    func describe() -> String { "\(name) with area \(area())" }
}
class Circle: Shape {
    var radius: Double
    init(radius: Double) { self.radius = radius; super.init(name: "circle") }
    override func area() -> Double { 3.0 * radius * radius }
}
class Square: Shape {
    let side: Double
    init(side: Double) { self.side = side; super.init(name: "square") }
    override func area() -> Double { side * side }
    override func describe() -> String { "[" + super.describe() + "]" }
}
let shapes: [Shape] = [Circle(radius: 1), Square(side: 2), Shape(name: "blob")]
for s in shapes { print(s.describe(), s is Circle, (s as? Square)?.side as Any) }
print(shapes.map { $0.area() }.reduce(0, +), shapes.map(\.name))
"""#, #"""
circle with area 3.0 true nil
[square with area 4.0] false Optional(2.0)
blob with area 0.0 false nil
7.0 ["circle", "square", "blob"]

"""#)
    }

    func testEnumsWithPayloadsAndStatics() {
        assertOutput(#"""
enum Token: Equatable {
    case number(Double)
    case op(Character)
    case paren(open: Bool)
}
let tokens: [Token] = [.number(1.5), .op("+"), .paren(open: true), .number(2)]
for t in tokens {
    switch t {
    case .number(let v) where v > 1.9: print("big number", v)
    case .number(let v): print("number", v)
    case .op(let c): print("op", c)
    case .paren(open: true): print("open")
    case .paren: print("close")
    }
}
print(tokens, tokens[0] == .number(1.5), tokens.count(where: { if case .number = $0 { return true }; return false }))
struct Node { var value: Int; var children: [Node] = [] }
func sum(_ n: Node) -> Int { n.value + n.children.map(sum).reduce(0, +) }
let tree = Node(value: 1, children: [Node(value: 2), Node(value: 3, children: [Node(value: 4)])])
print(sum(tree), tree.children.count, tree.children[1].children.first?.value as Any)
class Account {
    static var count = 0
    let id: Int
    private(set) var balance = 0.0
    init() { Account.count += 1; id = Account.count }
    func deposit(_ x: Double) { balance += x }
}
let a1 = Account(), a2 = Account()
a1.deposit(10); a2.deposit(5); a1.deposit(2.5)
print(Account.count, a1.id, a2.id, a1.balance, a2.balance)
struct Temperature { var celsius: Double
    var fahrenheit: Double { get { celsius * 9 / 5 + 32 } set { celsius = (newValue - 32) * 5 / 9 } } }
var temp = Temperature(celsius: 100)
temp.fahrenheit = 50
print(temp, temp.fahrenheit)
var maybeArr: [Int]? = [1, 2]
maybeArr?.append(3)
print(maybeArr as Any, maybeArr?.count as Any)
let point: (x: Int, y: Int) = (3, -2)
switch point {
case (0, 0): print("origin")
case (let x, 0), (0, let x): print("axis", x)
case let (x, y) where x == -y: print("anti", x, y)
case (1...5, _): print("band")
default: print("else")
}
"""#, #"""
number 1.5
op +
open
big number 2.0
[main.Token.number(1.5), main.Token.op("+"), main.Token.paren(open: true), main.Token.number(2.0)] true 2
10 2 Optional(4)
2 1 2 12.5 5.0
Temperature(celsius: 10.0) 50.0
Optional([1, 2, 3]) Optional(3)
band

"""#)
    }

    func testNumberAndCollectionPrinting() {
        assertOutput(#"""
let f: Float = 1.1
let big = 12345678901234
print(f * 3, -0.0, Float(-0.0), 1.0e100, 1.5e-300, Double(big), big, Float.pi * 2)
print(["tab\there", "quote\"s", "new\nline"], ["a": "b\\c"])
let nested: Int?? = 5
let none: Int?? = .some(nil)
print(nested as Any, none as Any)
print([Optional("x"), nil], [1: [2: 3]], [(1, 2)], [[Double]]())
print((1, (2, 3)), ((1, 2), "x"))
let e = 2.718281828
print(e, e * 1e10, e / 1e10, 100.0 / 3.0, 1 / 3.0 * 3)
"""#, #"""
3.3000002 -0.0 -0.0 1e+100 1.5e-300 12345678901234.0 12345678901234 6.283185
["tab\there", "quote\"s", "new\nline"] ["a": "b\\c"]
Optional(Optional(5)) Optional(nil)
[Optional("x"), nil] [1: [2: 3]] [(1, 2)] []
(1, (2, 3)) ((1, 2), "x")
2.718281828 27182818280.0 2.718281828e-10 33.333333333333336 1.0

"""#)
    }

    func testStringProcessing() {
        assertOutput(#"""
import Foundation
var text = "The quick brown fox"
let ws = text.split(separator: " ")
print(ws, ws.count, ws.map { $0.count }, ws.map { String($0.reversed()) })
print(text.count, text.uppercased(), text.contains("quick"), text.first!, text.last!)
text += "!"
text.append("?")
print(text, text.isEmpty, "".isEmpty, String(repeating: "ab", count: 3))
let chars = Array("hello")
print(chars, chars.count, String(chars.reversed()), chars.filter { $0 != "l" })
let csv = "1,2.5,x,4"
let parsed = csv.split(separator: ",").compactMap { Double($0) }
print(parsed, parsed.reduce(0, +))
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print("education".filter { vowels.contains($0) }.count)
let sentence = "a b c"
print(sentence.replacingOccurrences(of: " ", with: "_"), sentence.split(separator: " ").joined(separator: "+"))
print("Swift".hasSuffix("ft"), "abc" < "abd", "Zebra" < "apple", "abc".sorted())
let multi = """
    Line one
      indented "quoted"
    Line \(1 + 2)
    """
print(multi)
print("\u{1F600}".count, "é".count, "naïve".uppercased())
"""#, #"""
["The", "quick", "brown", "fox"] 4 [3, 5, 5, 3] ["ehT", "kciuq", "nworb", "xof"]
19 THE QUICK BROWN FOX true T x
The quick brown fox!? false true ababab
["h", "e", "l", "l", "o"] 5 olleh ["h", "e", "o"]
[1.0, 2.5, 4.0] 7.5
5
a_b_c a+b+c
true true true ["a", "b", "c"]
Line one
  indented "quoted"
Line 3
1 1 NAÏVE

"""#)
    }

    func testTinyNeuralNetwork() {
        assertOutput(#"""
import Foundation
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).map(*).reduce(0, +) }
func matvec(_ m: [[Double]], _ v: [Double]) -> [Double] { m.map { dot($0, v) } }
var w1: [[Double]] = [[0.1, -0.2], [0.4, 0.3], [-0.5, 0.2]]
var w2: [Double] = [0.3, -0.1, 0.2]
let xs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let ys: [Double] = [0, 1, 1, 0]
let lr = 0.5
var losses: [Double] = []
for epoch in 1...200 {
    var total = 0.0
    for (x, y) in zip(xs, ys) {
        let h = matvec(w1, x).map(sigmoid)
        let out = sigmoid(dot(w2, h))
        let err = out - y
        total += err * err
        let dOut = err * out * (1 - out)
        for j in 0..<w2.count {
            let dH = dOut * w2[j] * h[j] * (1 - h[j])
            w2[j] -= lr * dOut * h[j]
            for i in 0..<x.count { w1[j][i] -= lr * dH * x[i] }
        }
    }
    if epoch % 50 == 0 { losses.append(total / 4); print(epoch, String(format: "%.6f", total / 4)) }
}
print(losses.count, losses.min()!, losses.enumerated().min(by: { $0.element < $1.element })!.offset)
let stats = losses.reduce(into: (min: Double.infinity, max: -Double.infinity)) { acc, v in
    acc.min = min(acc.min, v); acc.max = max(acc.max, v)
}
print(stats)
let histogram = [0.1, 0.4, 0.45, 0.8, 0.95].reduce(into: [Int: Int]()) { $0[Int($1 * 4), default: 0] += 1 }
print(histogram.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " "))
let ranked = [("a", 0.3), ("b", 0.9), ("c", 0.5)].sorted { $0.1 > $1.1 }
print(ranked.map { $0.0 }, ranked.first!.1)
let normalized = { (v: [Double]) -> [Double] in let m = v.max()!; return v.map { $0 / m } }([1, 2, 4])
print(normalized)
print(String(format: "%5.2f%%", 12.345), String(format: "%03d|%-4d|", 7, 42))
"""#, #"""
50 0.256202
100 0.255950
150 0.255726
200 0.255527
4 0.25552736705102114 3
(min: 0.25552736705102114, max: 0.25620164230367914)
0:1 1:2 3:2
["b", "c", "a"] 0.9
[0.25, 0.5, 1.0]
12.35% 007|42  |

"""#)
    }

    func testLoopsAndLabels() {
        assertOutput(#"""
var stack = [1, 2, 3]
while let top = stack.popLast() { print("pop", top) }
var queue = [3, 1, 2]
queue.sort(by: <)
while !queue.isEmpty { let x = queue.removeFirst(); if x == 2 { continue }; print(x) }
outer: for i in 1...3 {
    for j in 1...3 {
        switch (i, j) {
        case (2, 2): continue outer
        case (3, _): break outer
        default: print(i, j, terminator: "; ")
        }
    }
}
print()
func firstNegative(_ xs: [Int]) -> Int? {
    for x in xs { guard x >= 0 else { return x } }
    return nil
}
print(firstNegative([1, -2, 3]) as Any, firstNegative([1]) as Any)
var n = 27, steps = 0
while n != 1 { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps += 1 }
print(steps)
var i = 0
repeat { i += 3 } while i < 10
print(i)
let matrix = [[1, 2, 3], [4, 5, 6]]
for (r, row) in matrix.enumerated() { for (c, v) in row.enumerated() where v % 2 == 0 { print("(\(r),\(c))=\(v)", terminator: " ") } }
print()
for k in stride(from: 1.0, to: 2.0, by: 0.25) { print(k, terminator: " ") }
print()
for k in (1...4).reversed() where k != 2 { print(k, terminator: " ") }
print()
var total = 0
for case let x? in [1, nil, 3] as [Int?] { total += x }
print(total)
"""#, #"""
pop 3
pop 2
pop 1
1
3
1 1; 1 2; 1 3; 2 1; 
Optional(-2) nil
111
12
(0,1)=2 (1,0)=4 (1,2)=6 
1.0 1.25 1.5 1.75 
4 3 1 
4

"""#)
    }

    func testNestedMutation() {
        assertOutput(#"""
struct Inner { var c = 0 }
struct Outer { var b = Inner(); var list: [Inner] = [] }
var a = Outer()
a.b.c += 1
a.list.append(Inner(c: 5))
a.list[0].c *= 3
print(a, a.list.count)
var people = [(name: "A", age: 1), (name: "B", age: 2)]
people[0].age += 10
print(people)
var groups: [String: [Int]] = [:]
groups["x", default: []].append(1)
groups["x", default: []].append(2)
groups["y"] = [9]
groups["y"]?.append(10)
groups["z"]?.append(11)
print(groups.sorted { $0.key < $1.key })
class Box { var items: [String] = [] }
let box = Box()
box.items.append("a")
box.items += ["b", "c"]
box.items[1] = "B"
print(box.items)
var matrix = Array(repeating: Array(repeating: 0.0, count: 3), count: 2)
matrix[1][2] = 5
matrix[0] = [1, 2, 3]
print(matrix, matrix.map { $0.reduce(0, +) })
var counts = ["a": 1]
counts["a"]! += 1
print(counts)
struct Wallet { var coins: [Int: Int] = [:]; mutating func add(_ c: Int) { coins[c, default: 0] += 1 } }
var w = Wallet(); w.add(5); w.add(5); w.add(1)
print(w.coins.sorted { $0.key < $1.key })
var tuple = (1, [2, 3])
tuple.1.append(4)
tuple.0 = 7
print(tuple)
var optStruct: Inner? = Inner()
optStruct?.c = 8
print(optStruct!.c)
"""#, #"""
Outer(b: main.Inner(c: 1), list: [main.Inner(c: 15)]) 1
[(name: "A", age: 11), (name: "B", age: 2)]
[(key: "x", value: [1, 2]), (key: "y", value: [9, 10])]
["a", "B", "c"]
[[1.0, 2.0, 3.0], [0.0, 0.0, 5.0]] [6.0, 5.0]
["a": 2]
[(key: 1, value: 1), (key: 5, value: 2)]
(7, [2, 3, 4])
8

"""#)
    }

    func testGroupingRadixLazyAndClosureProperties() {
        assertOutput(#"""
let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
let byLetter = Dictionary(grouping: words, by: { $0.first! })
for (k, v) in byLetter.sorted(by: { $0.key < $1.key }) { print(k, v) }
print(Int("1011", radix: 2)!, Int("ff", radix: 16) ?? -1, Array(words.lazy.map { $0.count }.filter { $0 > 5 }))
struct Layer { var name: String; var activation: (Double) -> Double }
let layers = [Layer(name: "relu", activation: { max(0, $0) }), Layer(name: "neg", activation: { -$0 })]
print(layers.map { $0.activation(-2) }, layers[0].name)
print(type(of: 3), type(of: 2.5), type(of: "s"), String(describing: type(of: layers[0])))
"""#, #"""
a ["apple", "avocado"]
b ["banana", "blueberry"]
c ["cherry"]
11 255 [7, 6, 9, 6]
[0.0, 2.0] relu
Int Double String Layer

"""#)
    }

    func testAutodiffGraphWithCaptureListsAndOperators() {
        assertOutput(#"""
import Foundation
final class Node: CustomStringConvertible {
    var data: Double
    var grad = 0.0
    let label: String
    var parents: [Node] = []
    var backwardStep: () -> Void = {}
    init(_ data: Double, _ label: String = "") { self.data = data; self.label = label }
    var description: String { "Node(\(label): data=\(data), grad=\(grad))" }
    static func + (a: Node, b: Node) -> Node {
        let out = Node(a.data + b.data, "(\(a.label)+\(b.label))")
        out.parents = [a, b]
        out.backwardStep = { [unowned out] in a.grad += out.grad; b.grad += out.grad }
        return out
    }
    static func * (a: Node, b: Node) -> Node {
        let out = Node(a.data * b.data, "(\(a.label)*\(b.label))")
        out.parents = [a, b]
        out.backwardStep = { a.grad += b.data * out.grad; b.grad += a.data * out.grad }
        return out
    }
    func tanh() -> Node {
        let t = Foundation.tanh(data)
        let out = Node(t, "tanh(\(label))")
        out.parents = [self]
        out.backwardStep = { self.grad += (1 - t * t) * out.grad }
        return out
    }
    func backward() {
        var order: [Node] = []
        var seen = Set<ObjectIdentifier>()
        func visit(_ n: Node) {
            if seen.contains(ObjectIdentifier(n)) { return }
            seen.insert(ObjectIdentifier(n))
            for p in n.parents { visit(p) }
            order.append(n)
        }
        visit(self)
        grad = 1
        for n in order.reversed() { n.backwardStep() }
    }
}
let x = Node(-2, "x"), y = Node(5, "y"), z = Node(-4, "z")
let f = (x + y) * z
f.backward()
print(x.grad, y.grad, z.grad)
print(f)
let w = Node(0.5, "w"), b = Node(0.1, "b")
let o = (w * x + b).tanh()
o.backward()
print(String(format: "%.6f %.6f", o.data, w.grad))
"""#, #"""
-4.0 -4.0 3.0
Node(((x+y)*z): data=-12.0, grad=1.0)
-0.716298 -0.973835

"""#)
    }

    func testTypeAliases() {
        assertOutput(#"""
typealias Vector = [Double]
typealias Matrix = [Vector]
typealias Sample = (features: Vector, label: Int)
func zeros(_ n: Int) -> Vector { Vector(repeating: 0, count: n) }
func identity(_ n: Int) -> Matrix {
    var m: Matrix = Array(repeating: zeros(n), count: n)
    for i in 0..<n { m[i][i] = 1 }
    return m
}
let data: [Sample] = [([1, 2], 0), ([3, 4], 1)]
print(zeros(3), identity(2), data[1].features, data.map { $0.label })
let v: Vector = [1, 2, 3]
print(v.map { $0 * 2 }, Vector(), Matrix().count)
"""#, #"""
[0.0, 0.0, 0.0] [[1.0, 0.0], [0.0, 1.0]] [3.0, 4.0] [0, 1]
[2.0, 4.0, 6.0] [] 0

"""#)
    }

    func testExtensionsOfBuiltinTypes() {
        assertOutput(#"""
extension Array where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
    func variance() -> Double {
        let m = mean
        return map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(count)
    }
    func dot(_ other: [Double]) -> Double { zip(self, other).map { $0 * $1 }.reduce(0, +) }
    mutating func normalize() {
        let total = reduce(0, +)
        for i in indices { self[i] /= total }
    }
    static func ones(_ n: Int) -> [Double] { Array(repeating: 1, count: n) }
}
extension Double {
    var squared: Double { self * self }
    func clipped(to limit: Double) -> Double { Swift.min(Swift.max(self, -limit), limit) }
}
extension Int { var isEven: Bool { self % 2 == 0 } }
extension String { func shout() -> String { uppercased() + "!" } }
var xs: [Double] = [1, 2, 3, 4]
print(xs.mean, xs.variance(), xs.dot([1, 0, 1, 0]), [Double].ones(2))
xs.normalize()
print(xs, 3.0.squared, 7.5.clipped(to: 2), (-9.0).clipped(to: 2), 4.isEven, "hi".shout())
"""#, #"""
2.5 1.25 4.0 [1.0, 1.0]
[0.1, 0.2, 0.3, 0.4] 9.0 2.0 -2.0 true HI!

"""#)
    }

}
