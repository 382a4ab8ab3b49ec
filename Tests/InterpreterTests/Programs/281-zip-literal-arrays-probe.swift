// Probe (swiftc 6.3.1): array literals (joined by `+` or not) zipped with Doubles take Double elements from the closures that combine them, in chains, reduce and for-in.
let a = zip([1, 2] + [3], [0.5, 0.25, 2]).reduce(0) { $0 + $1.0 * $1.1 }
print(a)
let b = zip([10] + [17, 1], [1e-3, 2, 3]).map { $0 * $1 }.map { $0 / 1 }
print(b)
let b2 = zip([10, 17, 1], [1e-3, 2, 3]).map { $0 * $1 }.map { $0 / 1 }
print(b2)
var s = 0.0
for x in zip([4, 5] + [6], [0.5, 1.5, 2]).map({ $0 * $1 }) where x > 1 { s += x }
print(s)
let c = zip([2] + [3], [1.5, 2.5]).map { $0 + $1 }.reduce(0, +)
print(c)
func total() -> Double {
    var t = 0.0
    for p in zip([1] + [2, 3], [0.5, 0.5, 0.5]).map({ $0 * $1 }).map({ $0 * 2 }) { t += p }
    return t
}
print(total())
let d = zip([7, 8] + [9], [1, 2, 3]).map { $0 * $1 }
print(d)
let e = zip([1, 2], [3, 4]).map { $0 * $1 }.map { $0 / 2 }
print(e)
let g = zip([1, 2], [0.5, 4]).map { $0 - $1 }.filter { $0 > 0 }.map { $0 / 2 }
print(g)
let u = zip([6, 9], [2, 3]).map { $0 / $1 }.map { $0 * 2 }
print(u)
