// reduce(into:) accumulators that crashed a release build of lectern (use after free):
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
    var v138: [Int] = ([(-4), 1, 4, 14] + zip([6, 16, 15, (-1)].map { $0 + 2 }, [(-1), 1]).map { $0 + $1 })
    var d139: [String: Int] = [:]
    let set140 = v138.enumerated().map { $0.offset * $0.element }.reduce(into: [Double]()) { $0.append(Double($1) / 2) }
    let t141: (n: Int, x: Double) = (n: ({ (x: Int) -> Int in x + 4 })((-5)), x: min(1, (3.0 - S(a: 1, b: 1e-3).b)))
    let t142 = (n: t141.0, x: floor(min(1e-3, 0.2)))
    print("t142", t142)
    print("set140", set140)
}
func case2() {
    let set3 = [0].reduce(into: [Double]()) { $0.append(Double($1) / 2) }
    print("set3", set3)
}
func case3() {
    var v53: Bool = (((14 > 1.5) || [(-8), 13, (-5)].isEmpty) || ((-8) <= (-2)))
    let set54 = zip([(-2), 6, 20], [8, 3, 15, (-2)]).map { $0 + $1 }.reduce(into: Set<Int>()) { $0.insert($1 % 3) }
    print(set54.count, set54.sorted())
    if (!"\([11, 5, 6])".isEmpty) { print(({ (x: Int) -> Int in x - 4 })(({ (x: Int) -> Int in x + 4 })(16))) } else { print([""].joined(separator: "+")) }
    var sum55 = 0.0
    for x in ([Double](repeating: 4, count: 2)) where x > (-1) { sum55 += x }
    var v56: Double = sum55
    v56 += ((-3) / 0.5)
    print("v53", v53)
    print("sum55", sum55)
    print("v56", v56)
    print("set54", set54.sorted())
}
case1()
case2()
case3()
