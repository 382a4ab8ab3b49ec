// Overload resolution by argument type, S's two `*` operators and a class method's inout
// argument: findings of scripts/difffuzz that lectern got wrong before the checker chose overloads.
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
final class C {
    var total = 0
    var history: [Double] = []
    func add(_ x: Int) { total += x }
    func bump(_ n: inout Int, by k: Int) { n += k }
    func record(_ x: Double) { history.append(x) }
}
func twice(_ x: Int) -> Int { x * 2 }
func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func pick(_ x: Int, _ y: Int) -> Int { x > y ? x : y }
func pick(_ x: Double, _ y: Double) -> Double { x < y ? x : y }
func case1() {
    let v118: [String] = ["xyz", "ab", "to be"].joined(separator: "+").split(separator: " ").map { String($0) }
    var v119: [String] = v118
    var v120: String = describe(18)
    let v122 = (v120 + (v120.hasPrefix("b a") ? "a" : v119.joined(separator: "+")))
    print("v122", v122)
}
func case2() {
    let v115: String = describe(3)
    print("v115", v115)
}
func case3() {
    var v88: Int = 13
    let v89: S = S(a: (-1), b: 13)
    if ((1e-3 > sqrt(abs(11)))) { print((17 * v89).a) } else { print(describe(twice(v88)).replacingOccurrences(of: "a", with: "o")) }
}
func case4() {
    var v20: Int = describe(abs((-5))).count
    print("v20", v20)
}
func case5() {
    let v9: Int = (-7)
    var acc10: Int = 0
    let c12 = C()
    c12.bump(&acc10, by: v9)
    print("acc10", acc10)
}
func case6() {
    var acc38: Int = 0
    let c39 = C()
    c39.bump(&acc38, by: (pick(acc38, 20) &+ (-8)))
}
func case7() {
    var v20: Double = 14
    let v21: Int = (S(a: 11, b: v20) * S(a: 12, b: 16)).a
}
func case8() {
    var v68: S = ((0.1 + 1e-3) * S(a: (-1), b: (-2.5)))
    var v70 = (v68 * v68)
}
func case9() {
    var v29: Double = (-10.0)
    var v30 = (S(a: 7, b: v29) * S(a: 18, b: 7)).scaled(by: (v29 * v29))
}
case1()
case2()
case3()
case4()
case5()
case6()
case7()
case8()
case9()
