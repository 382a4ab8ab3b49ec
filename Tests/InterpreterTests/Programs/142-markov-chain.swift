// A weather Markov chain: state distribution after n steps and the stationary distribution.
enum Weather: Int, CaseIterable { case sunny, cloudy, rainy }
let transition: [[Double]] = [
    [0.7, 0.2, 0.1],
    [0.3, 0.4, 0.3],
    [0.2, 0.3, 0.5],
]
func step(_ p: [Double]) -> [Double] {
    (0..<3).map { j in (0..<3).map { i in p[i] * transition[i][j] }.reduce(0, +) }
}
func r(_ x: Double) -> Double { (x * 1e4).rounded() / 1e4 }
var p: [Double] = [1, 0, 0]
for day in 1...5 {
    p = step(p)
    print("day \(day):", p.map(r))
}
for _ in 0..<200 { p = step(p) }
print("stationary", p.map(r), r(p.reduce(0, +)))
let likeliest = Weather.allCases.max { p[$0.rawValue] < p[$1.rawValue] }!
print(likeliest)
// A deterministic walk: always the most likely next state.
var state = Weather.rainy
var walk: [Weather] = [state]
for _ in 0..<4 {
    let row = transition[state.rawValue]
    state = Weather(rawValue: row.indices.max { row[$0] < row[$1] }!)!
    walk.append(state)
}
print(walk.map { "\($0)" }.joined(separator: " -> "))
