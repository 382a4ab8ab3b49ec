// Scalar benchmark: counting words in a dictionary with a default, 300 000 words drawn by an LCG.
let vocabulary = ["signal", "background", "jet", "lepton", "photon", "muon", "tau", "boson"]
var counts: [String: Int] = [:]
var seed = 42
for _ in 0..<300_000 {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    counts[vocabulary[(seed >> 16) % vocabulary.count], default: 0] += 1
}
for word in counts.keys.sorted() {
    print(word, counts[word]!)
}
