import Interpreter

/// Document fingerprints by winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local
/// algorithms for document fingerprinting", SIGMOD 2003), the method behind MOSS.
///
/// The document is a sequence of normalised tokens. Every run of `k` tokens (a k-gram) is
/// hashed; in every window of `w` consecutive hashes the smallest is kept (the rightmost when
/// tied). Any shared run of at least `w + k − 1` tokens is then guaranteed to share a
/// fingerprint, and runs shorter than `k` never do. Hashes are FNV-1a, so they are the same in
/// every process (Swift's own hashing is seeded per run).
struct Winnowing {
    /// Tokens per k-gram and k-grams per window; small, because exercises are short.
    var k = 5
    var w = 4

    struct Fingerprint: Hashable {
        var hash: UInt64
        /// The first token of the k-gram.
        var position: Int
    }

    func fingerprints(_ tokens: [String]) -> [Fingerprint] {
        guard tokens.count >= k else { return [] }
        let hashes = (0...(tokens.count - k)).map { Winnowing.hash(tokens[$0..<($0 + k)]) }
        guard hashes.count > w else {
            // Shorter than one window: its minimum is its fingerprint.
            guard let minimum = hashes.indices.min(by: { (hashes[$0], -$0) < (hashes[$1], -$1) }) else { return [] }
            return [Fingerprint(hash: hashes[minimum], position: minimum)]
        }
        var chosen: [Fingerprint] = []
        var last = -1
        for start in 0...(hashes.count - w) {
            var best = start
            for i in start..<(start + w) where hashes[i] <= hashes[best] { best = i }
            if best != last {
                chosen.append(Fingerprint(hash: hashes[best], position: best))
                last = best
            }
        }
        return chosen
    }

    static func hash(_ gram: ArraySlice<String>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for token in gram {
            for byte in token.utf8 {
                h ^= UInt64(byte)
                h = h &* 0x100000001b3
            }
            h ^= 0x1F
            h = h &* 0x100000001b3
        }
        return h
    }
}
