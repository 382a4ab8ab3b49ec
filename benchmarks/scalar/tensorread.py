# Peer of tensorread.swift: read one element of a 1000-element numpy array a million times.
import numpy as np

t = np.arange(1000) * 0.001
total = 0.0
for i in range(1_000_000):
    total += t[i % 1000]
print(total)
