// An epsilon-greedy multi-armed bandit with a seeded generator and incremental means.
struct Rng {
    var s: Int
    mutating func next() -> Double {
        s = (s &* 48271) % 2147483647
        return Double(s) / 2147483647
    }
}
let payout: [Double] = [0.2, 0.5, 0.75]   // probability of reward for each arm
var rng = Rng(s: 12345)
var estimates = [Double](repeating: 0, count: 3)
var pulls = [Int](repeating: 0, count: 3)
var total = 0.0
let epsilon = 0.1
for t in 1...2000 {
    let arm: Int
    if rng.next() < epsilon {
        arm = Int(rng.next() * 3) % 3
    } else {
        arm = estimates.indices.max { estimates[$0] < estimates[$1] }!
    }
    let reward: Double = rng.next() < payout[arm] ? 1 : 0
    pulls[arm] += 1
    estimates[arm] += (reward - estimates[arm]) / Double(pulls[arm])
    total += reward
    if t % 500 == 0 { print("t=\(t) average reward \((total / Double(t) * 1000).rounded() / 1000)") }
}
print(pulls, estimates.map { ($0 * 100).rounded() / 100 })
print("best arm", estimates.indices.max { estimates[$0] < estimates[$1] }!)
