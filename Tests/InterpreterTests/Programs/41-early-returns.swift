// Functions that return early from guards and ifs, and higher-order calls with captured state:
// the shapes the interpreter runs through its fastest call paths.
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}

func collatzSteps(_ start: Int) -> Int {
    guard start > 1 else { return 0 }
    let next = start % 2 == 0 ? start / 2 : 3 * start + 1
    return 1 + collatzSteps(next)
}

func gcd(_ a: Int, _ b: Int) -> Int {
    if b == 0 { return a }
    return gcd(b, a % b)
}

func firstNegative(_ xs: [Double]) -> Double? {
    for x in xs where x < 0 { return x }
    return nil
}

func clamp(_ x: Double, low: Double = 0, high: Double = 1) -> Double {
    if x < low { return low }
    if x > high { return high }
    return x
}

print((0..<15).map(fib))
print([1, 7, 27, 97].map(collatzSteps))
print(gcd(1071, 462), gcd(17, 5))
print(firstNegative([0.5, 2, -1.25, -3]) ?? 0, firstNegative([1]) ?? 0)
print([-0.5, 0.25, 3].map { clamp($0) }, clamp(5, high: 10))

var calls = 0
let squares = (1...6).map { (n: Int) -> Int in
    calls += 1
    var total = 0
    for i in 1...n { total += i * i }
    return total
}
let evens = squares.filter { $0 % 2 == 0 }
let adders = [1, 2, 3].map { k in { (x: Int) in x + k } }
print(squares, evens, calls)
print(adders.map { $0(10) }, squares.contains { $0 > 50 }, squares.first { $0 > 20 } ?? -1)
