// Probe (swiftc 6.3.1): a member used on an operator over literals (or on a literal) settles the operator by the type that has the member and whose member value fits the context.
import Foundation
func r() -> Double { return ((-7) / 3).rounded() }
let x: Double = ((-7) / 3).rounded()
print(x)
let f: Float = (7 / 2).rounded()
print(f)
let g: Float = (7.0 / 2).rounded()
print(g)
let h: Float = (7 / 2).squareRoot()
print(h)
print(r())
let t: (n: Int, x: Double) = (n: 1, x: (1 + 2 * 3).squareRoot())
print(t)
let xs: [Double] = [(5 / 2).rounded(), ((-3) * 2).rounded(.towardZero)]
print(xs)
let o: Double? = (10 / 4).rounded(.up)
print(o as Any)
let s: String = (7 / 2).description
print(s)
let n = (7 / 2).description
print(n)
let m: Double = ((-7) / 2).magnitude
print(m)
let k = ((-7) / 2).magnitude
print(k)
let z: Double = (0).magnitude
print(z)
let w: Float = (3 * 2).magnitude
print(w)
print((5 - 8).isMultiple(of: 3))
let q: Double = (1 / 2).squareRoot() + 1
print(q)
