// Tabular Q-learning on a 1-D corridor with a deterministic exploration schedule.
let states = 5          // 0 ... 4, the goal is state 4
let actions = [-1, 1]   // left, right
var q = [[Double]](repeating: [0, 0], count: states)
let alpha = 0.5, gamma = 0.9

func step(_ s: Int, _ a: Int) -> (next: Int, reward: Double) {
    let n = min(max(s + actions[a], 0), states - 1)
    return (n, n == states - 1 ? 1 : 0)
}

for episode in 0..<30 {
    var s = 0
    var moves = 0
    while s != states - 1 && moves < 20 {
        // Explore on every third move of the early episodes, otherwise act greedily (ties go right).
        let explore = episode < 10 && moves % 3 == 2
        let greedy = q[s][1] >= q[s][0] ? 1 : 0
        let a = explore ? 1 - greedy : greedy
        let (n, reward) = step(s, a)
        let target = reward + (n == states - 1 ? 0 : gamma * q[n].max()!)
        q[s][a] += alpha * (target - q[s][a])
        s = n
        moves += 1
    }
    if episode % 10 == 9 { print("episode", episode + 1, "moves", moves) }
}
for (s, row) in q.enumerated() { print(s, row.map { ($0 * 1000).rounded() / 1000 }) }
print("policy", q.dropLast().map { $0[1] >= $0[0] ? "R" : "L" }.joined())
