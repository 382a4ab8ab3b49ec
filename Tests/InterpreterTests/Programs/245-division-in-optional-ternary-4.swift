// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to two '…' operands
// First difference: line 1: swiftc `nil`, lectern `error: binary operator '/' cannot be applied to two 'Int' operands`
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
func case0() {
    let v130: Double = (2.5 - (-2))
    var v131 = 0.1
    v131 -= min(v131, 6)
    var v132: S = (S(a: 3, b: 10) + S(a: 13, b: v131))
    let o133: Int? = ([2, 12, 6, (-1)].contains(1) ? (19 / 7) : nil)
    if let u = o133 { print(u + (-1)) } else { print("nil") }
    print(o133.map { $0 * 2 } ?? (-6), o133 as Any)
    print("v130", v130)
    print("v131", v131)
    print("v132", v132)
}
case0()
