// Expression-bodied and ternary functions, as fast paths in an interpreter would see them.
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func power(_ x: Double, _ n: Int) -> Double { n == 0 ? 1 : (n % 2 == 0 ? power(x * x, n / 2) : x * power(x, n - 1)) }
func sign(_ x: Double) -> Int { x > 0 ? 1 : (x < 0 ? -1 : 0) }
func clamp(_ x: Int, _ lo: Int, _ hi: Int) -> Int { x < lo ? lo : (x > hi ? hi : x) }
func collatz(_ n: Int) -> Int { n == 1 ? 0 : 1 + collatz(n % 2 == 0 ? n / 2 : 3 * n + 1) }
func ackermann(_ m: Int, _ n: Int) -> Int {
    m == 0 ? n + 1 : (n == 0 ? ackermann(m - 1, 1) : ackermann(m - 1, ackermann(m, n - 1)))
}
print(fib(20), fact(12), gcd(84, 36), gcd(17, 5))
print(power(2, 10), power(1.5, 3), power(10, 0))
print([-2.5, 0, 3].map(sign), [-5, 5, 50].map { clamp($0, 0, 10) })
print((1...10).map(collatz), ackermann(2, 3))
let isEven = { (n: Int) -> Bool in n % 2 == 0 }
func isOdd(_ n: Int) -> Bool { !isEven(n) }
print((0..<8).filter(isOdd), (0..<8).filter(isEven))
func hypot2(_ a: Double, _ b: Double) -> Double { (a * a + b * b).squareRoot() }
print(hypot2(3, 4), hypot2(5, 12))
