// Probe (swiftc 6.3.1): `??` after a literal-array chain in a tuple or with max/min/sorted/reversed, typed as Swift types it.
let i = 5
let x = 2.0
let a2 = [2, 3].max() ?? 4
print(a2)
let a3 = [2.5, 3].max() ?? 4.5
print(a3)
let a4 = [2, 3].max() ?? x
print(a4)
let a5 = [2, 3].sorted().max() ?? 4.5
print(a5)
let a6 = [2, 3.5].min() ?? 4.5
print(a6)
let a7 = [2, 3].reversed().last ?? 4.5
print(a7)
let a8 = [2.0, 3].reversed().last ?? 4
print(a8)
let a10 = (n: i, x: [2.0, 3].first ?? 4.0)
print(a10)
let a11 = (n: i, x: [2, 3].first ?? 4.0, y: 1)
print(a11)
let a12 = [2, -3].min() ?? 4.5
print(a12)
let a13 = [2, (-3)].map { $0 }.max() ?? 4.5
print(a13)
