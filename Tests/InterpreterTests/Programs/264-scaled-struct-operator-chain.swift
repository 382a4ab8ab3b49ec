// Found by scripts/difffuzz (seed 7007, release lectern): error: cannot convert value of type '…' to specified type '…'
// First difference: line 1: swiftc `3.0`, lectern `error: cannot convert value of type 'Double' to specified type 'S'`
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
    let v1: String = ["ab", "xyz"].joined(separator: "+")
    let f2: (Double) -> Double = { x in ([x, 3.0].max() ?? 15) }
    print(f2((1e-3 - 3.0)))
    let v3: S = (0.1 * (Double((-8)) * S(a: (-5), b: 12)))
    let v4 = 1.5
    var v5 = ((17 >= 13) ? 0.1 : (-7))
    print("v1", v1)
    print("v3", v3)
    print("v4", v4)
    print("v5", v5)
}
case0()
