# Scalar benchmark peer: the same work as arrays.swift, with Python lists.
values = []
for i in range(1_000_000):
    values.append(float(i % 1000) * 0.001)
squares = list(map(lambda v: v * v, values))
total = 0.0
for v in squares:  # an explicit loop: sum() would use compensated summation and differ
    total += v
positives = len([v for v in values if v > 0.5])
print(len(values), positives)
print(total)
