# Scalar benchmark peer: the same in-place axpy as inout.swift (a list mutated by a function).
def axpy(y, a, x):
    for i in range(len(y)):
        y[i] += a * x[i]

x = [i * 0.001 for i in range(5_000)]
y = [1.0] * 5_000
for k in range(200):
    axpy(y, 0.5 if k % 2 == 0 else -0.25, x)
print(y[0], y[4_999])
