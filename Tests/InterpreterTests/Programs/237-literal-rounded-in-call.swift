// Found by scripts/difffuzz (seed 6006, release lectern): error: value of type '…' has no member '…'
// First difference: line 1: swiftc `v155 -8.0`, lectern `error: value of type 'Int' has no member 'rounded'`
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
func pick(_ x: Int, _ y: Int) -> Int { x > y ? x : y }
func pick(_ x: Double, _ y: Double) -> Double { x < y ? x : y }
func toInt(_ d: Double) -> Int { d.isFinite ? Int(Swift.max(-1e6, Swift.min(1e6, d)).rounded()) : 0 }
func case0() {
    let v155: Double = pick((-8), (-0.1))
    var v161: Int = toInt(16)
    let v162: Double = min(sqrt(abs((((-5)) * 100).rounded() / 100)), S(a: v161, b: 0).scaled(by: 4).sum())
    print("v155", v155)
}
case0()
