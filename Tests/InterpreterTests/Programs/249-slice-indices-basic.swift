// An ArraySlice keeps the positions of its array: subscripts, indices, first/last index.
let xs = [5, 8, 13, 21, 34, 55, 89, 144]
let mid = xs[2..<6]
print(mid, mid.count, mid.startIndex, mid.endIndex)
print(mid[2], mid[5])
print(mid.indices, Array(mid.indices))
print(mid.firstIndex(of: 34)!, mid.lastIndex(of: 13)!)
print(mid.firstIndex(where: { $0 > 20 })!, mid.lastIndex(where: { $0 % 2 == 1 })!)
print(mid.firstIndex(of: 5) as Any)
print(mid.index(after: 3), mid.index(before: 5))
for (offset, value) in mid.enumerated() { print(offset, value, terminator: " | ") }
print()
for i in mid.indices where mid[i] % 2 == 0 { print("even at", i) }
let closed = xs[1...3]
print(closed, closed.startIndex, closed.endIndex)
let whole = xs[0..<xs.count]
print(whole.startIndex, whole.endIndex, whole == xs[...].dropFirst(0))
print(Array(mid), [Int](closed))
print(mid.map { $0 * 2 }, mid.filter { $0 > 15 }, mid.reduce(0, +))
print(mid.min()!, mid.max()!, mid.sorted(by: >), mid.contains(21), mid.first!, mid.last!)
print(mid.allSatisfy { $0 > 10 }, mid.isEmpty, xs[3..<3].isEmpty, xs[3..<3].startIndex)
let empty = xs[8...]
print(empty, empty.startIndex, empty.first as Any)
let words = ["a", "bb", "ccc", "dddd"][1...]
print(words.joined(separator: "-"), words.startIndex)
for (w, n) in zip(words, mid) { print(w, n, terminator: "; ") }
print()
mid.forEach { print($0, terminator: " ") }
print()
print(mid == [13, 21, 34, 55], mid != xs[3..<7])
