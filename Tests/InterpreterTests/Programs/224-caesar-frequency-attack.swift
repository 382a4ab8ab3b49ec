// Breaking a Caesar cipher by letter frequencies: shift, score with a dot product, pick the best.
let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
func shift(_ text: String, by k: Int) -> String {
    String(text.map { c in
        guard let i = alphabet.firstIndex(of: c) else { return c }
        return alphabet[(i + k + 26) % 26]
    })
}
let english: [Character: Double] = ["e": 12.7, "t": 9.1, "a": 8.2, "o": 7.5, "i": 7.0, "n": 6.7, "s": 6.3, "h": 6.1, "r": 6.0]
func score(_ text: String) -> Double {
    var s = 0.0
    for c in text { s += english[c] ?? 0 }
    return s
}
let secret = shift("the network is learning the weights", by: 7)
print(secret)
var best = (shift: 0, score: -1.0)
for k in 0..<26 {
    let candidate = shift(secret, by: -k)
    let s = score(candidate)
    if s > best.score { best = (k, s) }
}
print(best.shift, (best.score * 10).rounded() / 10)
print(shift(secret, by: -best.shift))
