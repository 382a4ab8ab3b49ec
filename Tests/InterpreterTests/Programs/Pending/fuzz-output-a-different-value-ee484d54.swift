// Found by scripts/difffuzz (seed 10010, debug lectern): output: a different value
// First difference: line 1: swiftc `v124 S(a: 12, b: nan)`, lectern `v124 S(a: 12, b: -nan)`
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
    var v124 = ((Double("abc") ?? 13) * S(a: 10, b: (-1)).scaled(by: 11))
    var v125 = (Double(0) / 6)
    var count127 = 2
    v124 = v124 + (((v125 * (-2.25)) / v125) * ((Double(count127) / 7) * S(a: count127, b: 11)))
    print("v124", v124)
}
case0()
