// Collection methods with closures.
let numbers = [4, 8, 15, 16, 23, 42]

print(numbers.map { $0 * 2 })
print(numbers.filter { $0 % 2 == 1 })
print(numbers.reduce(0, +))
print(numbers.reduce(0) { $0 + $1 * $1 })
print(numbers.sorted(by: >))
print(numbers.min() ?? 0, numbers.max() ?? 0)
print(numbers.contains(15), numbers.contains(5))
print(numbers.contains { $0 > 40 })
print(numbers.firstIndex(of: 16) ?? -1, numbers.firstIndex { $0 > 10 } ?? -1)
print(numbers.allSatisfy { $0 > 0 }, numbers.allSatisfy { $0 < 40 })
print(numbers.first { $0 > 10 } ?? -1)

let strings = ["3", "x", "1.5", "7", ""]
print(strings.compactMap { Int($0) })
print(strings.compactMap { Double($0) })

let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.flatMap { $0 })
print(nested.map { $0.count })

let words = ["gradient", "loss", "epoch", "activation", "weights"]
print(words.sorted())
print(words.sorted { $0.count < $1.count })
print(words.map { $0.count }.reduce(0, +))
print(words.filter { $0.count > 4 }.map { $0.uppercased() })
print(words.min() ?? "", words.max { $0.count < $1.count } ?? "")

let losses = [0.9, 0.5, 0.31, 0.2, 0.25]
let best = losses.min() ?? 0
print(best, losses.firstIndex(of: best) ?? -1)
let mean = losses.reduce(0, +) / Double(losses.count)
print(mean)
let improving = zip(losses, losses.dropFirst()).map { $1 < $0 }
print(improving)
print(Array(numbers.prefix(2)), Array(numbers.suffix(2)), Array(numbers.dropFirst(4)))
print(numbers.count, numbers.isEmpty, numbers.last ?? 0)
