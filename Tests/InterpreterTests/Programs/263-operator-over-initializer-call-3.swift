// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: line 1: swiftc `v85 S(a: 19, b: -33.75)`, lectern `error: binary operator '*' cannot be applied to operands of type '_' and 'S'`
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
    let v85 = (([(-3), 5].contains(11) ? (Double(5) / 2) : 1.5) * (Double((-9)) * S(a: 19, b: 2.5)))
    print("v85", v85)
}
case0()
