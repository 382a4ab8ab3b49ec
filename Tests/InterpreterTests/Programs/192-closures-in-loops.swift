// Closures created in loops: each for-in iteration captures its own values.
var scalers: [(Double) -> Double] = []
for k in 1...3 {
    let factor = Double(k) / 2
    scalers.append { $0 * factor }
}
print(scalers.map { $0(10) })
var adders: [String: (Int) -> Int] = [:]
for (name, offset) in [("one", 1), ("ten", 10), ("hundred", 100)] {
    adders[name] = { $0 + offset }
}
print(adders.keys.sorted().map { "\($0)=\(adders[$0]!(5))" })
var schedules: [() -> [Double]] = []
for base in [1.0, 0.1] {
    for decay in [0.5, 0.9] {
        schedules.append { (0..<3).map { base * pow(decay, Double($0)) } }
    }
}
func pow(_ x: Double, _ n: Double) -> Double {
    var r = 1.0
    for _ in 0..<Int(n) { r *= x }
    return r
}
for s in schedules { print(s().map { ($0 * 1000).rounded() / 1000 }) }
var log: [String] = []
var actions: [() -> Void] = []
for i in 0..<3 { actions.append { log.append("action \(i)") } }
for action in actions.reversed() { action() }
print(log)
