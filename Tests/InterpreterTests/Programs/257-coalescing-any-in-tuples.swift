// Probe (swiftc 6.3.1): `??` after a literal-array chain in a tuple or with max/min/sorted/reversed, typed as Swift types it.
let t1 = (1, [1.0].first ?? 4)
print(t1)
let t2 = (n: 1, x: [8, 17].max() ?? 3.0)
print(t2)
let t3 = (n: 1, x: [8, 17].min() ?? 3.0)
print(t3)
let t4 = [8, 17].max() ?? 3.0
print(t4)
let t5 = [8, 17].sorted().first ?? 3.0
print(t5)
let t6 = [8.0, 17].max() ?? 3
print(t6)
let t7 = (n: 1, x: [8.0, 17].max() ?? 3.0)
print(t7)
let t8 = (n: 1, x: [8, 17].first ?? 3)
print(t8)
let t9 = (n: 1, x: ([8, 17].first ?? 3.0))
print(t9)
let t10 = ((1, [1.0].last ?? 4), 2)
print(t10)
let s = "\([2, 13].max() ?? 2.5) \([2, 13].sorted().last ?? 2.5)"
print(s)
let t11 = [8, 17].reversed().first ?? 3.0
print(t11)
