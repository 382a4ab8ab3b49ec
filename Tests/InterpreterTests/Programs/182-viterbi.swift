import Foundation

// The Viterbi algorithm for a two-state hidden Markov model (weather from activities).
let states = ["rainy", "sunny"]
let start: [Double] = [0.6, 0.4]
let transition: [[Double]] = [[0.7, 0.3], [0.4, 0.6]]
let emission: [String: [Double]] = ["walk": [0.1, 0.6], "shop": [0.4, 0.3], "clean": [0.5, 0.1]]
let observations = ["walk", "shop", "clean", "clean", "walk"]

var score = (0..<2).map { log(start[$0]) + log(emission[observations[0]]![$0]) }
var back: [[Int]] = []
for obs in observations.dropFirst() {
    var next = [Double](repeating: -Double.infinity, count: 2)
    var pointers = [0, 0]
    for j in 0..<2 {
        for i in 0..<2 {
            let s = score[i] + log(transition[i][j])
            if s > next[j] { next[j] = s; pointers[j] = i }
        }
        next[j] += log(emission[obs]![j])
    }
    back.append(pointers)
    score = next
}
var best = score[0] >= score[1] ? 0 : 1
var path = [best]
for pointers in back.reversed() {
    best = pointers[best]
    path.insert(best, at: 0)
}
print(path.map { states[$0] })
print("log probability", (max(score[0], score[1]) * 1e4).rounded() / 1e4)
print("probability", (exp(max(score[0], score[1])) * 1e6).rounded() / 1e6)
