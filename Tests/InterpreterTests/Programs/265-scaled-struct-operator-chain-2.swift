// Found by scripts/difffuzz (seed 7007, release lectern): error: cannot convert value of type '…' to specified type '…'
// First difference: line 1: swiftc `v65 S(a: -8, b: 0.0)`, lectern `error: cannot convert value of type 'Double' to specified type 'S'`
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
    var v65: S = (({ (x: Double) -> Double in x * 0 })(1e-3) * (Double(12) * S(a: (-8), b: 7)))
    print("v65", v65)
}
case0()
