// Found by scripts/difffuzz (seed 6006, release lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: line 1: swiftc `t89 (n: 15, x: 9.0)`, lectern `error: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'`
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
    let t89: (n: Int, x: Double) = (n: S(a: 15, b: 4).a, x: [3.0].reduce(0) { $0 + $1 * 3 })
    let t90 = (n: ((min((-8), 14) - (Int("33") ?? 16)) % 7), x: ([(-3), 19].reduce(0, +) * (2.5 / (0.1 / 2.5))))
    print("t89", t89)
}
case0()
