// Found by scripts/difffuzz (seed 7007, release lectern): output: a different value
// First difference: line 4: swiftc `t70 (n: 33, x: Optional(10.0))`, lectern `t70 (n: 33, x: 10.0)`
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
func toInt(_ d: Double) -> Int { d.isFinite ? Int(Swift.max(-1e6, Swift.min(1e6, d)).rounded()) : 0 }
func case0() {
    let v69 = (({ (x: Int) -> Int in x * 2 })(({ (x: Int) -> Int in x - 2 })(15)) + toInt(S(a: 10, b: (-3)).sum()))
    let t70 = (n: v69, x: ([10.0].first ?? 12))
    var v71: [String] = ["b a"]
    let o72: Int? = (Array([(-6)].filter { $0 < 8 }.dropFirst()) + [v69, v69, (-7)]).first
    if let u = o72 { print(u + 10) } else { print("nil") }
    print(o72.map { $0 * 2 } ?? 15, o72 as Any)
    var v73: [String] = [14, (-3), v69].compactMap { $0 > 0 ? $0 : nil }.enumerated().map { $0.offset * $0.element }.map { "\($0)" }
    var v74: Bool = ([19, v69, v69] + zip([v69, v69, v69, 3], [19, (-7)]).map { $0 + $1 }).contains((-1))
    var acc75: Double = 0
    for i in 0..<1 { acc75 += Double(v69) }
    print("v69", v69)
    print("t70", t70)
    print("v71", v71)
    print("v73", v73)
    print("v74", v74)
    print("acc75", acc75)
}
case0()
