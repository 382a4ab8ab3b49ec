// Probe (swiftc 6.3.1): literal typing across `??` contexts, array literals joined by `+`, and operators over initializer calls.
let o1: Int? = true ? [1, 2].reduce(0, +) : nil
print(o1 as Any)
let o2: Int? = [1, 2].reduce(0, +)
print(o2 as Any)
let o3: Double? = [1, 2].reduce(0, +)
print(o3 as Any)
let v = ([20, 4] + [0.5])
print(v)
let w: [Double] = [20, 4] + [1]
print(w)
let z = zip(([10] + [17, 1]), [1e-3]).map { $0 * $1 }
print(z)
var v111 = ([10.0] + [14, 18])
print(v111)
struct S {
    var a: Int
    var b: Double
    static func * (l: S, r: S) -> S { S(a: l.a * r.a, b: l.b * r.b) }
    static func * (k: Double, r: S) -> S { S(a: r.a, b: k * r.b) }
}
let v14 = 2.5
let x = v14 * S(a: 1, b: v14)
print(x)
let y = (-2) * x
print(y)
let z2 = (-2) * (v14 * S(a: 1, b: v14))
print(z2)
let v3: S = (0.1 * (Double((-8)) * S(a: (-5), b: 12)))
print(v3)
let v4: S = 0.1 * x
print(v4)
