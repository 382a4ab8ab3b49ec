// Scalar benchmark: naive recursive Fibonacci (635 621 calls).
func fib(_ n: Int) -> Int {
    if n < 2 {
        return n
    }
    return fib(n - 1) + fib(n - 2)
}
print(fib(27))
