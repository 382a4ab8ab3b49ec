// Integer literals typed Double through reduce closures, zip, array concatenation and `??`:
// findings of scripts/difffuzz.
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
func case1() {
    let t89: (n: Int, x: Double) = (n: S(a: 15, b: 4).a, x: [3.0].reduce(0) { $0 + $1 * 3 })
    let t90 = (n: ((min((-8), 14) - (Int("33") ?? 16)) % 7), x: ([(-3), 19].reduce(0, +) * (2.5 / (0.1 / 2.5))))
    print("t89", t89)
}
func case2() {
    var v40 = zip([5, 3, 13].map { Double($0) }, [(-9), 14]).map { $0 * $1 }
    let set41 = [3].reduce(into: [Double]()) { $0.append(Double($1) / 2) }
    print(set41)
}
func case3() {
    let v54: Int = (-9)
    var sum57 = 0.0
    for x in (zip([2.5, 0.2, 15, 4], [19]).map { $0 * $1 }) where x > 1 { sum57 += x }
    print("v54", v54)
}
func case4() {
    var v37: [Int] = [17, 7, 18, (-9)].compactMap { $0 > 0 ? $0 : nil }
    let t39 = (n: v37.count, x: (((10.0 + 2.25) * (-6)) / ([12].filter { $0 > 1 }.max() ?? 2.25)))
}
func case5() {
    var v1 = ([1.5, (-6), 2.25, 17] + [1])
    print("v1", v1)
}
func case6() {
    var v157 = ([(-0.2)] + [(-1)])
    print("v157", v157)
}
func case7() {
    let v66: Double = ([10].map { $0 - 2 }.first ?? 8)
    print("v66", v66)
}
func case8() {
    let v62 = ([0.1, 2.5, 16, 0.1] + [13, (-8), 3]).map { $0 > 1 ? 1 : $0 }.map { $0 > 1 ? 1 : $0 }
    print("v62", v62)
}
case1()
case2()
case3()
case4()
case5()
case6()
case7()
case8()
