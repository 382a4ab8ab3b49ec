// Found by scripts/difffuzz (seed 1001): error: value of type '…' has no member '…'
// First difference: same output, then lectern stops: `error: value of type 'Double' has no member 'a'`
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
    var v29: Double = (-10.0)
    var v30 = (S(a: 7, b: v29) * S(a: 18, b: 7)).scaled(by: (v29 * v29))
}
case0()
