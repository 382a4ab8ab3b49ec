# Scalar benchmark peer: the same pipeline as pipeline.swift (list comprehensions and an explicit sum loop).
from functools import reduce
import operator
xs = [(i % 1000) / 100.0 for i in range(100_000)]
total = 0.0
for _ in range(20):
    total += reduce(operator.add, [y for y in [x * x for x in xs] if y > 1], 0.0)
print(total)
