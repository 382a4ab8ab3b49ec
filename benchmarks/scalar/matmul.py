# Scalar benchmark peer: the same nested-loop matrix product as matmul.swift.
n = 90
a = [[float((i * j) % 7) - 3.0 for j in range(n)] for i in range(n)]
b = [[((i + 2 * j) % 5) * 0.5 for j in range(n)] for i in range(n)]
c = [[0.0] * n for _ in range(n)]
for i in range(n):
    for j in range(n):
        s = 0.0
        for k in range(n):
            s += a[i][k] * b[k][j]
        c[i][j] = s
trace = 0.0
for i in range(n):
    trace += c[i][i]
print(trace, c[3][7])
