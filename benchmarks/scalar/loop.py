# Scalar benchmark peer: the same loop as loop.swift, in plain Python.
sign = 1.0
pi_over_four = 0.0
energy = 0.0
i = 0
while i < 3_000_000:
    k = float(i)
    pi_over_four += sign / (2.0 * k + 1.0)
    energy = energy * 0.999 + k * 1e-6
    sign = -sign
    i += 1
print(pi_over_four * 4.0)
print(energy)
