// Operators overloaded by operand type: vector * vector and scalar * vector.
struct V: CustomStringConvertible {
    var x: Double
    static func * (a: V, b: V) -> V { V(x: a.x * b.x) }
    static func * (s: Double, v: V) -> V { V(x: s * v.x) }
    static func * (v: V, s: Double) -> V { V(x: v.x * s) }
    static func + (a: V, b: V) -> V { V(x: a.x + b.x) }
    static func + (a: V, s: Double) -> V { V(x: a.x + s) }
    var description: String { "V(\(x))" }
}
print(V(x: 2) * V(x: 3))
print(2.5 * V(x: 4))
print(V(x: 4) * 0.5)
print(V(x: 1) + V(x: 2))
print(V(x: 1) + 10)
let a = V(x: 3)
let b = 2 * a + a * a
print(b)

func scale(_ v: Int) -> Int { v * 2 }
func scale(_ v: Double) -> Double { v * 3 }
func scale(_ v: String) -> String { v + v }
print(scale(2), scale(2.0), scale("ab"))
