// Array methods from the subset, each once.
var a = [5, 3, 8, 1, 9, 2]
print(a.map { $0 * 2 }, a.filter { $0 > 4 }, a.reduce(0, +))
print(a.sorted(), a.sorted(by: >), a.min()!, a.max()!)
print(a.min { $0 % 5 < $1 % 5 }!, a.max(by: { $0 % 4 < $1 % 4 })!)
print(["1", "x", "3"].compactMap { Int($0) }, [[1, 2], [3]].flatMap { $0 }, [[1], [2, 3]].joined().map { $0 })
a.forEach { print($0, terminator: " ") }
print()
print(a.contains(8), a.contains { $0 > 100 }, a.firstIndex(of: 8)!, a.firstIndex { $0 < 3 }!)
print(a.first { $0 > 5 }!, a.last { $0 > 5 }!, a.allSatisfy { $0 > 0 }, a.count { $0.isMultiple(of: 2) })
print(a.count, a.isEmpty, a.first!, a.last!, a.prefix(2), a.suffix(2), a.dropFirst(4), a.dropLast(4))
a.append(7)
a.append(contentsOf: [0, 0])
a.insert(4, at: 1)
print(a)
print(a.remove(at: 0), a.removeFirst(), a.removeLast(), a.popLast()!)
print(a)
a.removeAll { $0 == 8 }
a.reverse()
a.swapAt(0, 1)
a.sort()
print(a, a.elementsEqual([1, 2, 3, 4, 7, 9]))
var b = a
b[0] = 100
print(a[0], b[0], a[1..<3], Array(b[2...3]))
var grid = [[0, 0], [0, 0]]
grid[1][0] = 5
grid[0] += [1]
print(grid)
a.removeAll()
print(a, a.isEmpty)
print([3, 1, 2].enumerated().map { "\($0.offset):\($0.element)" })
print(Array(zip([1, 2, 3], ["a", "b"])).count, [1, 2, 3].reversed().map { $0 })
