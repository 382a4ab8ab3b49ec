// Shadowing in nested scopes, closures and functions with the same local names.
let rate = 0.1
var total = 0
func compute(_ rate: Double) -> Double {
    let total = rate * 10
    return total
}
print(compute(0.5), rate, total)
do {
    let rate = "inner"
    print(rate)
}
for total in 1...2 { print("loop total", total) }
print(total)
if let rate = Double("0.25") { print("shadowed", rate) }
print(rate)
let x = 1
let closure = { (x: Int) -> Int in
    let y = x * 10
    return y + 1
}
print(closure(5), x)
func outer() -> Int {
    let x = 100
    func inner() -> Int { x + 1 }
    let x2 = inner()
    return x2
}
print(outer())
var counter = 0
func bump() { counter += 1 }
bump(); bump()
print(counter)
let values = [3, 1, 2]
let sorted = values.sorted()
print(values, sorted)
guard let first = sorted.first else { fatalError() }
print(first)
