// Capture semantics: shared mutable state, per-iteration loop variables, escaping closures.
func makeAccumulator() -> (increment: (Double) -> Void, read: () -> Double) {
    var total = 0.0
    return ({ total += $0 }, { total })
}
let acc = makeAccumulator()
acc.increment(1.5)
acc.increment(2)
print(acc.read())

var callbacks: [() -> String] = []
for name in ["a", "b", "c"] {
    callbacks.append { "hello \(name)" }
}
print(callbacks.map { $0() })

final class Trainer {
    var epoch = 0
    var onEpoch: [(Int) -> Void] = []
    func run(_ n: Int) {
        for _ in 0..<n {
            epoch += 1
            for cb in onEpoch { cb(epoch) }
        }
    }
    func installLogger() {
        onEpoch.append { [unowned self] e in print("epoch", e, "of trainer at", self.epoch) }
    }
}
let t = Trainer()
var seen: [Int] = []
t.onEpoch.append { seen.append($0) }
t.installLogger()
t.run(2)
print(seen)

var x = 1
let snapshot = { [x] in x }
let reader = { x }
x = 2
print(snapshot(), reader())
var counters: [() -> Int] = []
for _ in 0..<2 {
    var local = 0
    counters.append { local += 1; return local }
}
print(counters[0](), counters[0](), counters[1]())
