// Found by scripts/difffuzz (seed 2002, release lectern): crash: lectern died with a signal
// First difference: lectern crashes after 0 of 1 lines (Program crashed: Bad pointer dereference at 0x0000000000000000)
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
    var v138: [Int] = ([(-4), 1, 4, 14] + zip([6, 16, 15, (-1)].map { $0 + 2 }, [(-1), 1]).map { $0 + $1 })
    var d139: [String: Int] = [:]
    let set140 = v138.enumerated().map { $0.offset * $0.element }.reduce(into: [Double]()) { $0.append(Double($1) / 2) }
    let t141: (n: Int, x: Double) = (n: ({ (x: Int) -> Int in x + 4 })((-5)), x: min(1, (3.0 - S(a: 1, b: 1e-3).b)))
    let t142 = (n: t141.0, x: floor(min(1e-3, 0.2)))
    print("t142", t142)
}
case0()
