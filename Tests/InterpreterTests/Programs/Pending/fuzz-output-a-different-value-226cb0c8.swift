// Found by scripts/difffuzz (seed 9009, release lectern): output: a different value
// First difference: line 7: swiftc `v107 [(), (), ()]`, lectern `v107 [12.0, 9.0, -6.0]`
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
    let v102: S = (S(a: 12, b: 19).scaled(by: 3.0) * S(a: 5, b: 0.5))
    let f103: (Double) -> Double = { x in Double(3) }
    print(f103(min(2.5, 12)))
    var acc104: Int = 0
    for i in 0..<3 { acc104 += (i &- i) }
    var d105: [String: Double] = [:]
    for w in ["b", "a"] { d105[w, default: 0] += 0.5 }
    print(d105.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
    print(d105["a"] ?? 3, d105["z", default: 3])
    var acc106: Int = 0
    for i in 0..<1 { acc106 += ({ (x: Int) -> Int in x - 4 })(i) }
    var v107 = ([3.0, 2.25].map { $0 * 4 } + [(-9)].map { $0 + 3 })
    var v108: Bool = (7 != acc104)
    print("v102", v102)
    print("acc104", acc104)
    print("acc106", acc106)
    print("v107", v107)
    print("v108", v108)
}
case0()
