import Foundation

// for-in loops: ranges, where clauses, stride, enumerated, zip, reversed.
var squares: [Int] = []
for i in 1...5 {
    squares.append(i * i)
}
print(squares)

for i in 0..<10 where i % 3 == 0 {
    print("multiple of three:", i)
}

for t in stride(from: 0.0, to: 1.0, by: 0.25) {
    print(t, terminator: " ")
}
print()
for k in stride(from: 10, through: 0, by: -5) {
    print(k, terminator: " ")
}
print()

let names = ["input", "hidden", "output"]
for (index, name) in names.enumerated() {
    print(index, name)
}

let xs = [1.0, 2.0, 3.0]
let ws = [0.5, -1.0, 2.0]
var dot = 0.0
for (x, w) in zip(xs, ws) {
    dot += x * w
}
print("dot product:", dot)

for i in (1...3).reversed() {
    print("countdown", i)
}
for name in names.reversed() {
    print(name, terminator: ",")
}
print("")

// Ignoring the loop variable.
var product = 1
for _ in 1...10 {
    product *= 2
}
print(product)

// Loop over a string's characters and a dictionary with one key.
var letters = 0
for ch in "backprop" where ch != "p" {
    letters += 1
}
print(letters)
let single = ["bias": 0.1]
for (key, value) in single {
    print(key, value)
}
// Nested loops build a small multiplication table.
for row in 1...3 {
    var line: [Int] = []
    for col in 1...4 { line.append(row * col) }
    print(line)
}
