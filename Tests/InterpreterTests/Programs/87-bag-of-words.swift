import Foundation

// Bag-of-words vectors, TF-IDF weights and cosine similarity between documents.
let documents = [
    "the network learns the weights",
    "the weights are updated by gradient descent",
    "a cat sat on the mat",
]
let tokenised = documents.map { $0.split(separator: " ").map { String($0) } }
let vocabulary = Array(Set(tokenised.joined())).sorted()
print(vocabulary.count, vocabulary.prefix(5))

func counts(_ doc: [String]) -> [Double] {
    vocabulary.map { w in Double(doc.filter { $0 == w }.count) }
}
let tf = tokenised.map(counts)
let df = vocabulary.indices.map { j in Double(tf.filter { $0[j] > 0 }.count) }
let idf = df.map { log(Double(documents.count) / $0) }
let tfidf = tf.map { row in zip(row, idf).map { $0 * $1 } }

func cosine(_ a: [Double], _ b: [Double]) -> Double {
    let dot = zip(a, b).map { $0 * $1 }.reduce(0, +)
    let na = a.map { $0 * $0 }.reduce(0, +).squareRoot()
    let nb = b.map { $0 * $0 }.reduce(0, +).squareRoot()
    return na == 0 || nb == 0 ? 0 : dot / (na * nb)
}
for i in 0..<3 {
    for j in (i + 1)..<3 {
        print(i, j, "counts", (cosine(tf[i], tf[j]) * 1000).rounded() / 1000,
              "tf-idf", (cosine(tfidf[i], tfidf[j]) * 1000).rounded() / 1000)
    }
}
let theIndex = vocabulary.firstIndex(of: "the")!
print("idf of 'the':", idf[theIndex])
