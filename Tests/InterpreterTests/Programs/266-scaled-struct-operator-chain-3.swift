// Found by scripts/difffuzz (seed 7007, release lectern): error: cannot convert value of type '…' to specified type '…'
// First difference: line 1: swiftc `sum95 0.0`, lectern `error: cannot convert value of type 'Double' to specified type 'S'`
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
    let v94: S = (S(a: 10, b: 8).b * (Double((-3)) * (S(a: 9, b: 0) + S(a: 1, b: 0.2))))
    var sum95 = 0.0
    print("sum95", sum95)
}
case0()
