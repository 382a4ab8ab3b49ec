# Scalar benchmark peer: the same closures-in-a-loop as closures.swift (default arguments capture k and round).
total = 0
for round_ in range(2_000):
    adders = []
    for k in range(50):
        adders.append(lambda x, k=k, r=round_: x * k + r)
    for f in adders:
        total += f(3) % 11
print(total)
