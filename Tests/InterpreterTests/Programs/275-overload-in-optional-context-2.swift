// Found by scripts/difffuzz (seed 8008, debug lectern): error: no exact matches in call to global function '…'
// First difference: line 1: swiftc `v124 false`, lectern `error: no exact matches in call to global function 'pick'`
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
    var v124: Bool = (S(a: 4, b: 0.5).b > (10.0 / 10.0))
    let o125: Int? = ((16 >= (-5)) ? pick(5, 8) : nil)
    print("v124", v124)
}
case0()
