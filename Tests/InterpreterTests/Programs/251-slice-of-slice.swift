// Slicing a slice keeps the positions of the original array, with every kind of range.
let xs = Array(100..<120)
let a = xs[4..<16]
let b = a[6..<10]
let c = b[7...8]
print(a.startIndex, b.startIndex, c.startIndex, c.endIndex, c)
print(b[..<8], b[8...], b[...7], b[...])
let r = a[10...]
print(r, r.startIndex, r.indices)
let l = a[..<6]
print(l, l.startIndex, l.endIndex)
print(xs[..<3], xs[17...], xs[...1], xs[...].count)
print(a[a.startIndex], a[a.endIndex - 1])
var lo = a.startIndex
var hi = a.endIndex - 1
let target = 113
while lo <= hi {
    let m = (lo + hi) / 2
    if a[m] == target { print("found", target, "at", m); break }
    if a[m] < target { lo = m + 1 } else { hi = m - 1 }
}
func sum(_ s: ArraySlice<Int>) -> Int {
    if s.isEmpty { return 0 }
    return s[s.startIndex] + sum(s[(s.startIndex + 1)...])
}
print(sum(xs[10..<15]), sum(a))
func halves(_ s: ArraySlice<Int>) -> (ArraySlice<Int>, ArraySlice<Int>) {
    let m = s.startIndex + s.count / 2
    return (s[..<m], s[m...])
}
let (h1, h2) = halves(a)
print(h1.startIndex, h1.endIndex, h2.startIndex, h2.endIndex)
let (q1, q2) = halves(h2)
print(q1, q2, q2.startIndex)
