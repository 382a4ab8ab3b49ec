// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: line 1: swiftc `30.25`, lectern `error: binary operator '*' cannot be applied to operands of type '_' and 'S'`
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
    var v13: [Double] = [(-5), 17].map { Double($0) }
    v13.append(15)
    let v14 = (((-5) - (-1.5)) - v13.reduce(0) { $0 + $1 * 3 })
    let f15: (Double) -> Double = { x in (x * x) }
    print(f15((0.5 * 11)))
    var v16 = ((-2) * ((Double("1e2") ?? 18) * (v14 * S(a: (-4), b: v14))))
    var v17 = ({ (x: Int) -> Int in x * 2 })(pick((-5), 15))
    let v18: Double = 15
    print("v13", v13)
    print("v14", v14)
    print("v16", v16)
    print("v17", v17)
    print("v18", v18)
}
case0()
