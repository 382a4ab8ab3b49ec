// Found by scripts/difffuzz (seed 8008, debug lectern): error: value of type '…' has no member '…'
// First difference: line 1: swiftc `v98 [14, 10, -9]`, lectern `error: value of type 'Int' has no member 'rounded'`
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
    var v98: [Int] = ([14] + [10, (-9)])
    let t100: (n: Int, x: Double) = (n: S(a: (-8), b: 2).a, x: (((-7) / 3)).rounded())
    print("v98", v98)
}
case0()
