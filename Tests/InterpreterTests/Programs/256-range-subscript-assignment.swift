// Assigning through a range subscript replaces those positions (the count may change).
var xs = [1, 2, 3, 4, 5, 6]
xs[1..<3] = [9]
print(xs)
xs[2...] = xs[3...]
print(xs)
xs[...1] = [7, 7, 7]
print(xs)
var s = xs[1...]
s[2..<4] = [0]
print(s, s.indices, xs)
xs[0..<0] = [100]
print(xs, xs.count)
xs[4...] += [8, 9]
print(xs)
var ds: [Double] = [1, 2, 3]
ds[1...] = [5, 6.5]
print(ds)
var rows = [[1, 2, 3], [4, 5, 6]]
rows[1][..<2] = [0]
print(rows)
