// Found by scripts/difffuzz (seed 7007, release lectern): error: cannot convert value of type '…' to specified type '…'
// First difference: line 1: swiftc `-4 Optional(-2)`, lectern `error: cannot convert value of type 'Double' to specified type 'S'`
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
    let v71: S = ((!true ? ((-4) - 7) : (13 * 0.5)) * (([(-2)].first ?? 7) * (S(a: 7, b: 6) + S(a: (-4), b: 2))))
    let o73: Int? = Int("-2")
    print(o73.map { $0 * 2 } ?? 6, o73 as Any)
}
case0()
