# Scalar benchmark peer: the same dictionary counting as counting.swift.
vocabulary = ["signal", "background", "jet", "lepton", "photon", "muon", "tau", "boson"]
counts = {}
seed = 42
for _ in range(300_000):
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    word = vocabulary[(seed >> 16) % len(vocabulary)]
    counts[word] = counts.get(word, 0) + 1
for word in sorted(counts):
    print(word, counts[word])
