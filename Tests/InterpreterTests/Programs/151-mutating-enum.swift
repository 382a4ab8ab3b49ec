// Mutating methods on enums that replace self: a traffic light and a training phase machine.
enum Light {
    case red, green, yellow
    mutating func next() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }
}
var light = Light.red
var seen: [Light] = []
for _ in 0..<5 { seen.append(light); light.next() }
print(seen.map { "\($0)" })

enum Phase: Equatable {
    case warmup(remaining: Int)
    case training(epoch: Int)
    case done
    mutating func advance(maxEpochs: Int) {
        switch self {
        case .warmup(let r) where r > 1: self = .warmup(remaining: r - 1)
        case .warmup: self = .training(epoch: 1)
        case .training(let e) where e < maxEpochs: self = .training(epoch: e + 1)
        case .training: self = .done
        case .done: break
        }
    }
}
var phase = Phase.warmup(remaining: 2)
var trace: [String] = []
while phase != .done {
    trace.append("\(phase)")
    phase.advance(maxEpochs: 3)
}
print(trace)
print(phase == .done, Phase.training(epoch: 2) == .training(epoch: 2))
