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
    var v68: S = ((0.1 + 1e-3) * S(a: (-1), b: (-2.5)))
    var v70 = (v68 * v68)
}
case0()
