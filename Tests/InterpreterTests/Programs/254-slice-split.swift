// split(separator:) gives slices that keep the array's positions.
let xs = [1, 2, 0, 3, 4, 5, 0, 0, 6]
let parts = xs.split(separator: 0)
print(parts.count)
for p in parts { print(p, p.startIndex, p.endIndex) }
print(parts.map { $0.reduce(0, +) }, parts.map { Array($0) })
let kept = xs.split(separator: 0, omittingEmptySubsequences: false)
print(kept.count, kept.map { $0.startIndex })
let limited = xs.split(separator: 0, maxSplits: 1)
print(limited, limited[1].startIndex)
let words = ["to", "be", "|", "or", "not", "|", "to", "be"]
let phrases = words.split(separator: "|")
print(phrases.map { $0.joined(separator: " ") }, phrases[1].startIndex, phrases[1][3])
let inner = xs[3...].split(separator: 0)
print(inner, inner.map { $0.startIndex })
print(xs.split(separator: 9).count, [Int]().split(separator: 0).count)
