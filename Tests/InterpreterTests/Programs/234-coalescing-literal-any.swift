// `[…].first ?? literal` with no contextual type: when typing it the usual way would give an
// integer literal the type Double, Swift types the array literal as [Any] (each literal at its
// default type) and picks `??`'s `(T?, T?) -> T?` overload, so the result is an `Any?`.
let acc = 0.0
let v = 4.0
let i = 4
let a1 = [1.0].first ?? 4
let a2 = [1.0].first ?? -4
let a3 = [1.0].first ?? (4)
let a4 = [1.0].first ?? (-4)
print(a1, a2, a3, a4)
let a5 = [1.0].first ?? v
let a6 = [1.0].first ?? 4.0
print(a5, a6)
let a7 = [1.0, 2].first ?? 4
let a8 = [1.0, -2].last ?? 4
let a9 = [acc, (-5)].first ?? (-4)
let a10 = [acc].first ?? 4
print(a7, a8, a9, a10)
let a11 = [1, 2].first ?? 4
let a12 = [i, 2].first ?? 4
let a13 = [i, 2].first ?? 4.5
print(a11, a12, a13)
// The literals keep their default types inside the [Any]: the first element is the Int 2.
let a14 = [2, acc].first ?? 4
let a15 = [2, 3.5].first ?? 4
let a16 = [acc, 2].last ?? 4
print(a14, a15, a16)
let a17 = [acc, 2].first ?? v
let a18 = [acc, 2].first ?? 4.0
let a19 = [acc, 2.0].first ?? 4
print(a17, a18, a19)
// Comparable-only members, a variable array, or a typed context keep the usual overload.
let xs = [acc, 2]
let a20 = [acc, 2].min() ?? 4
let a21 = xs.first ?? 4
let a22: Double = [acc, 2].first ?? 4
print(a20, a21, a22)
// print's `Any` parameter takes `T == Any` with the non-optional overload; an interpolation does not.
print([acc, 2].first ?? 4)
print("\([acc, 2].first ?? 4)")
let empty: [Double] = []
print([Double]().first ?? 4, empty.first ?? 4)
