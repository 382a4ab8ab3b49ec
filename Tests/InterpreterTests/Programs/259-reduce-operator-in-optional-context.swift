// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: line 1: swiftc `262`, lectern `error: binary operator '+' cannot be applied to operands of type 'Optional<Int>' and 'Int'`
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
func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func case0() {
    var v87 = 10.0
    v87 -= (v87 / v87)
    var sum88 = 0.0
    for x in (([v87] + [2.25, v87, v87, v87])) where x > (-1) { sum88 += x }
    var acc89: Int = 0
    for i in 0..<4 { acc89 += 20 }
    let v90: S = (S(a: acc89, b: v87) + S(a: 4, b: v87)).scaled(by: ((-5) - v87))
    let o91: Int? = (describe("ab").hasPrefix("") ? zip([(-5), acc89, 8], [acc89, acc89, 14, acc89]).map { $0 + $1 }.reduce(0, +) : nil)
    if let u = o91 { print(u + 5) } else { print("nil") }
    print(o91.map { $0 * 2 } ?? 19, o91 as Any)
    print("v87", v87)
    print("sum88", sum88)
    print("acc89", acc89)
    print("v90", v90)
}
case0()
