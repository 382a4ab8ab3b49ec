// Closures: captures, a counter generator, shorthand arguments, trailing closures.
let add = { (a: Int, b: Int) -> Int in
    return a + b
}
print(add(2, 3))

let square: (Double) -> Double = { x in x * x }
print(square(1.5))

func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let counterA = makeCounter()
let counterB = makeCounter()
print(counterA(), counterA(), counterA())
print(counterB())

func makeScaler(_ factor: Double) -> (Double) -> Double {
    return { $0 * factor }
}
let triple = makeScaler(3)
print(triple(2), makeScaler(0.5)(8))

// A closure captures a variable, not a copy of its value.
var total = 0
let addToTotal = { (x: Int) in total += x }
addToTotal(5)
addToTotal(7)
print(total)

// Trailing closures.
func repeatTimes(_ n: Int, _ body: (Int) -> Void) {
    for i in 0..<n { body(i) }
}
repeatTimes(3) { i in
    print("iteration", i)
}

let values = [5, 2, 9, 1]
let descending = values.sorted { $0 > $1 }
print(descending)
let labels = values.map { v in v > 4 ? "big" : "small" }
print(labels)

// Closures stored in an array.
let activations: [(Double) -> Double] = [
    { max(0, $0) },
    { $0 > 0 ? $0 : 0.1 * $0 },
    { _ in 1.0 },
]
for f in activations {
    print(f(-2), f(3))
}

// Composing functions.
func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double {
    return { x in g(f(x)) }
}
let squareThenTriple = compose(square, triple)
print(squareThenTriple(2))
