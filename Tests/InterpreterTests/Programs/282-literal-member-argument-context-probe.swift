// Probe (swiftc 6.3.1): a member call on an operator over literals as an argument takes the parameter's type; operators and members over literals in closures and calls.
import Foundation
func half(_ d: Double) -> Double { d / 2 }
func id(_ x: Float) -> Float { x }
func label(_ v: Double, unit: String) -> String { "\(v) \(unit)" }
print(half((9 / 4).rounded(.down)))
print(id((5 / 2).rounded()))
print(label((10 / 4).rounded(), unit: "kg"))
print(id(3 / 4))
let v = max((7 / 2).rounded(), 1.5)
print(v)
let r = [1.5, 2.5].map { ($0 / 2).rounded() }
print(r)
let c = ((-7) / 3) * 2
print(c)
let s = [3, 1, 2].sorted().map { $0 * 2 }.map { $0 / 4 }
print(s)
print((1 + 2).description, (3 - 1).isMultiple(of: 2))
struct P { var x: Double }
let p = P(x: (7 / 2).rounded(.down))
print(p.x)
