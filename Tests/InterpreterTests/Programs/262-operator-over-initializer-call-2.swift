// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: line 1: swiftc `v106 S(a: 12, b: 0.0)`, lectern `error: binary operator '*' cannot be applied to operands of type '_' and 'S'`
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
func case0() {
    let v106 = (Double((0 / 4)) * (Double(17) * S(a: 12, b: 20).scaled(by: 1.5)))
    let v107: Int = (Int("10") ?? 5)
    let t108: (n: Int, x: Double) = (n: 17, x: (pick(Double(8), 2.5) * v106.b))
    var acc109: Int = 0
    for i in 0..<3 { acc109 += ((v107 <= v107) ? v107 : 7) }
    var v110: [String] = ["ab"].joined(separator: "+").split(separator: " ").map { String($0) }
    let v111: S = S(a: v107, b: 0.2)
    var v112: String = ""
    print("v106", v106)
    print("v107", v107)
    print("t108", t108)
    print("acc109", acc109)
    print("v110", v110)
    print("v111", v111)
    print("v112", v112)
}
case0()
