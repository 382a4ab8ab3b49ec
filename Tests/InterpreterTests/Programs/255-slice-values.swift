// Slices as values: Index arithmetic on arrays, slice types, hashing, interpolation, literals in slice contexts.
var xs = [1, 2, 3, 4, 5]
print(xs.index(after: 1), xs.index(before: 3), xs.prefix(while: { $0 < 3 }).endIndex)
let s = xs[1...]
let t: ArraySlice<Int> = s.dropFirst()
print(t.startIndex, type(of: t), type(of: xs[1...]))
var set = Set<ArraySlice<Int>>()
set.insert(xs[0..<2]); set.insert([1, 2])
print(set.count)
let d = [xs[0..<2]: "a"]
print(d[[1, 2]] ?? "none")
print("\(xs[2...])", String(describing: xs[..<1]))
let nested: [ArraySlice<Double>] = [[1, 2], [3]]
print(nested)
print(xs[1..<3].elementsEqual([2, 3]), xs[1..<3].starts(with: [2]))
var w = xs[1..<4]
w += xs[0..<1]
print(w, w.indices)
print(xs[2...].map { $0 }.count, xs[2...].enumerated().map { $0.offset })
var grid: [ArraySlice<Int>] = [[1, 2], [3]]
grid[0].append(9)
print(grid, grid[1].startIndex)
func f(_ s: ArraySlice<Double>) -> Double { s.reduce(0, +) }
print(f([1, 2]), f([3.5][...]))
var p = xs[1...]
p[1] *= 10
print(p, p.first!, p.last!, p.count)
