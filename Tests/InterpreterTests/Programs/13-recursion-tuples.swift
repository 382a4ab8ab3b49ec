// Recursion, nested functions and tuples returned from functions.
func factorial(_ n: Int) -> Int {
    return n <= 1 ? 1 : n * factorial(n - 1)
}
print(factorial(5), factorial(10), factorial(20))

func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
print((0...12).map { fib($0) })

func gcd(_ a: Int, _ b: Int) -> Int {
    b == 0 ? a : gcd(b, a % b)
}
print(gcd(48, 36), gcd(17, 5))

func power(_ base: Double, _ exponent: Int) -> Double {
    if exponent == 0 { return 1 }
    let half = power(base, exponent / 2)
    return exponent % 2 == 0 ? half * half : half * half * base
}
print(power(2, 10), power(1.5, 3))

// A nested helper function that captures a parameter.
func statistics(_ values: [Double]) -> (mean: Double, max: Double, min: Double) {
    func mean() -> Double {
        var total = 0.0
        for v in values { total += v }
        return total / Double(values.count)
    }
    var largest = values[0]
    var smallest = values[0]
    for v in values {
        if v > largest { largest = v }
        if v < smallest { smallest = v }
    }
    return (mean(), largest, smallest)
}
let stats = statistics([1, 2, 6, 3])
print(stats)
print(stats.mean, stats.max, stats.min)
let (m, hi, lo) = statistics([4, 5])
print(m, hi, lo)

// Tuples without labels.
func divmod(_ a: Int, _ b: Int) -> (Int, Int) {
    return (a / b, a % b)
}
let result = divmod(17, 5)
print(result, result.0, result.1)

// Binary search, recursively.
func search(_ sorted: [Int], _ target: Int, _ lo: Int, _ hi: Int) -> Int? {
    if lo > hi { return nil }
    let mid = (lo + hi) / 2
    if sorted[mid] == target { return mid }
    return sorted[mid] < target ? search(sorted, target, mid + 1, hi) : search(sorted, target, lo, mid - 1)
}
let sorted = [1, 3, 5, 7, 9, 11]
print(search(sorted, 7, 0, 5) ?? -1, search(sorted, 4, 0, 5) ?? -1)
