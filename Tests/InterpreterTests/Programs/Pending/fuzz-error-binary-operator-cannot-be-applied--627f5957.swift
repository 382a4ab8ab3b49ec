// Found by scripts/difffuzz (seed 5005, debug lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: same output, then lectern stops: `error: binary operator '>' cannot be applied to operands of type 'Int' and 'Double'`
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
    var v126: [Double] = [(-3)]
    let v127 = ((Double(14) / 1) * ({ (x: Double) -> Double in x * 3 })(v126[abs(10) % v126.count]))
    switch (S(a: 17, b: 1).a) { case ..<0: print("negative") case 0...5: print("small") default: print("large") }
    var v128 = ([v127, (-3)] + v126).map { $0 > 1 ? 1 : $0 }
}
case0()
