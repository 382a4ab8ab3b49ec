# Scalar benchmark peer: the same while loops as collatz.swift.
best = 0
best_start = 0
start = 1
while start < 30_000:
    n = start
    length = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        length += 1
    if length > best:
        best = length
        best_start = start
    start += 1
print(best_start, best)
