// reduce(0) and reduce(0, +) over Doubles and Floats: the 0 seed is a Double (or Float).
let a = [1.0, 2.0, 3.0]
let b = [0.5, 0.25, 2.0]
let dot = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
print(dot)

let floats: [Float] = [0.5, 1.5]
print(floats.reduce(0, +))
print([Float]().reduce(0, +))

let sumOfSquares = a.reduce(0) { $0 + $1 * $1 }
print(sumOfSquares)
let weighted = a.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
print(weighted)
let product = b.reduce(1, *)
print(product)
