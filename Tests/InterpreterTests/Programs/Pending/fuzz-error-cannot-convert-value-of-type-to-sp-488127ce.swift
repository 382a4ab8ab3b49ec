// Found by scripts/difffuzz (seed 2002, release lectern): error: cannot convert value of type '…' to specified type '…'
// First difference: same output, then lectern stops: `error: cannot convert value of type 'Double' to specified type 'Int'`
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
    var count134 = 1
    let t137 = (n: ((Double(count134) / 7) * (S(a: count134, b: 17) + S(a: count134, b: 0.5))).a, x: ((!false ? (2.25).rounded() : ([(-4)].max() ?? 10.0)) / ((0.5 + 1.5) / (Double(count134) / 6))))
}
case0()
