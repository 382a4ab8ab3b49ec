// Functions: argument labels, omitted labels, defaults, inout.
func greet(name: String) -> String {
    return "Hello, " + name
}
print(greet(name: "Ada"))

func scale(_ value: Double, by factor: Double) -> Double {
    return value * factor
}
print(scale(3, by: 1.5))

func linear(_ x: Double, weight: Double = 2.0, bias: Double = 0.5) -> Double {
    return weight * x + bias
}
print(linear(1))
print(linear(1, weight: -1))
print(linear(1, bias: 10))
print(linear(1, weight: 3, bias: 1))

func increment(_ value: inout Int, by step: Int = 1) {
    value += step
}
var counter = 0
increment(&counter)
increment(&counter, by: 10)
print(counter)

func swapValues(_ a: inout Double, _ b: inout Double) {
    let tmp = a
    a = b
    b = tmp
}
var p = 1.5
var q = -2.5
swapValues(&p, &q)
print(p, q)

// Functions that return nothing and functions used as values.
func report(_ epoch: Int, _ loss: Double) {
    print("epoch \(epoch): loss \(loss)")
}
report(1, 0.5)

func double(_ x: Int) -> Int { x * 2 }
let op: (Int) -> Int = double
print(op(21))

func apply(_ f: (Int) -> Int, to values: [Int]) -> [Int] {
    var result: [Int] = []
    for v in values { result.append(f(v)) }
    return result
}
print(apply(double, to: [1, 2, 3]))

// Updating an array through inout.
func normalise(_ values: inout [Double]) {
    var total = 0.0
    for v in values { total += v }
    for i in 0..<values.count { values[i] /= total }
}
var weights = [1.0, 3.0, 4.0]
normalise(&weights)
print(weights)
