// Integer literals typed by `??`, `default:`, array concatenation and String(map) of a variable:
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
func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func case1() {
    var v126: [Double] = [(-3)]
    let v127 = ((Double(14) / 1) * ({ (x: Double) -> Double in x * 3 })(v126[abs(10) % v126.count]))
    switch (S(a: 17, b: 1).a) { case ..<0: print("negative") case 0...5: print("small") default: print("large") }
    var v128 = ([v127, (-3)] + v126).map { $0 > 1 ? 1 : $0 }
}
func case2() {
    var count134 = 1
    let t137 = (n: ((Double(count134) / 7) * (S(a: count134, b: 17) + S(a: count134, b: 0.5))).a, x: ((!false ? (2.25).rounded() : ([(-4)].max() ?? 10.0)) / ((0.5 + 1.5) / (Double(count134) / 6))))
}
func case3() {
    var acc46: Double = 0
    for i in 0..<1 { acc46 += ([(-5)].max() ?? 1.5) }
}
func case4() {
    var d139: [String: Double] = [:]
    for w in ["a"] { d139[w, default: 0] += 0.5 }
    print(d139["a"] ?? 14, d139["z", default: (-9)])
}
func case5() {
    var d109: [String: Double] = [:]
    for w in ["b", "a", "b", "c"] { d109[w, default: 0] += 0.5 }
    print(d109["a"] ?? 8, d109["z", default: (-3)])
}
func case6() {
    var v114 = String(repeating: describe(4), count: 2)
    let v117 = String(v114.map { $0 == " " ? "_" : $0 })
    print("v117", v117)
}
case1()
case2()
case3()
case4()
case5()
case6()
