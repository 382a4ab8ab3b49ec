// lazy var on a struct (needs a var instance) and on a class with closure initialisers.
struct Corpus {
    let text: String
    lazy var words: [String] = {
        print("splitting")
        return text.split(separator: " ").map { String($0) }
    }()
    lazy var wordCount: Int = words.count
}
var corpus = Corpus(text: "one two three two")
print("made")
print(corpus.wordCount)
print(corpus.words)
var copy = corpus
copy.words.append("four")
print(copy.words.count, corpus.words.count)

final class Model {
    var log: [String] = []
    lazy var weights: [Double] = makeWeights()
    func makeWeights() -> [Double] { log.append("init weights"); return [0.1, 0.2] }
}
let m = Model()
m.log.append("created")
_ = m.weights
_ = m.weights
print(m.log)
