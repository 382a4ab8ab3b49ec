// for-in over ranges, strides, strings, sets, dictionaries, with where and enumerated.
for i in 0..<3 where i != 1 { print("i", i) }
for x in stride(from: 0.0, to: 1.0, by: 0.25) { print(x, terminator: " ") }
print()
for x in stride(from: 10, through: 0, by: -5) { print(x, terminator: " ") }
print()
for ch in "abc" { print(ch, terminator: ".") }
print()
for v in Set([3, 1, 2]).sorted() { print(v, terminator: " ") }
print()
let ages = ["ann": 31, "bob": 25]
for (name, age) in ages.sorted(by: { $0.key < $1.key }) { print(name, age) }
for (i, w) in ["x", "y"].enumerated() { print(i, w) }
for (a, b) in zip([1, 2, 3], [10, 20]) { print(a * b) }
for i in [5, 6, 7].indices.reversed() { print(i, terminator: " ") }
print()
for _ in 1...2 { print("twice") }
var total = 0
for i in 1...100 where i % 7 == 0 { total += i }
print(total)
outer: for i in 0..<4 {
    for j in 0..<4 {
        if j > i { continue outer }
        if i == 3 { break outer }
        print(i, j, terminator: "; ")
    }
}
print()
