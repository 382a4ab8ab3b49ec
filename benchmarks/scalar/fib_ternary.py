# Scalar benchmark peer: the same recursion as fib_ternary.swift, as a conditional expression.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(27))
