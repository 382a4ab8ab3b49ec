// A var slice can be mutated in place; its indices stay those of the array it came from.
let xs = [10, 20, 30, 40, 50, 60, 70]
var s = xs[2..<5]
s[3] = 99
print(s, s.startIndex, s.endIndex, xs)
s.append(1)
s.append(contentsOf: [2, 3])
print(s, s.indices)
print(s.removeFirst(), s.startIndex, s)
print(s.removeLast(), s.endIndex, s)
print(s.popLast()!, s)
s.insert(7, at: 4)
print(s, s[4])
print(s.remove(at: 5), s)
s.sort()
print(s, s.startIndex)
s.reverse()
print(s)
s.swapAt(3, 5)
print(s)
s[s.startIndex] += 1
print(s)
s += [100, 200]
print(s, s.count, s.endIndex)
s.removeAll(where: { $0 > 99 })
print(s)
var t = xs[...]
t.removeFirst(2)
print(t, t.startIndex)
t.removeLast(2)
print(t, t.indices)
var u = xs[1...2]
u.sort(by: >)
print(u, u.startIndex)
u.removeAll()
print(u, u.isEmpty, u.startIndex)
var grid = [[1, 2], [3, 4], [5, 6]][1...]
grid[2][0] = 50
print(grid, grid.startIndex)
var out: [Int] = [0]
out += xs[5...]
print(out, out + xs[..<2], xs[..<2] + [9])
