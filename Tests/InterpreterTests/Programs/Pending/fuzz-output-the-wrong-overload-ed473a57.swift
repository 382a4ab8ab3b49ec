// Found by scripts/difffuzz (seed 1001): output: the wrong overload
// First difference: line 1: swiftc `int 26`, lectern `string 26`
import Foundation
struct S: Equatable {
    var a: Int
    var b: Double
    static func + (l: S, r: S) -> S { S(a: l.a + r.a, b: l.b + r.b) }
    static func * (l: S, r: S) -> S { S(a: l.a * r.a, b: l.b * r.b) }
    static func * (k: Double, r: S) -> S { S(a: r.a, b: k * r.b) }
    func sum() -> Double { Double(a) + b }
    func scaled(by k: Double) -> S { S(a: a, b: b * k) }
    mutating func bump(_ k: Int) { a += k }
}
func twice(_ x: Int) -> Int { x * 2 }
func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func case0() {
    var v88: Int = 13
    let v89: S = S(a: (-1), b: 13)
    if ((1e-3 > sqrt(abs(11)))) { print((17 * v89).a) } else { print(describe(twice(v88)).replacingOccurrences(of: "a", with: "o")) }
}
case0()
