// Enums: raw values, associated values, methods, switch self, CaseIterable.
enum Activation: String, CaseIterable {
    case relu, sigmoid, identity = "linear"

    func apply(_ x: Double) -> Double {
        switch self {
        case .relu:
            return max(0, x)
        case .sigmoid:
            return x > 0 ? 1 : 0
        case .identity:
            return x
        }
    }
}
for a in Activation.allCases {
    print(a, a.rawValue, a.apply(-2), a.apply(3))
}
print(Activation.allCases.count)
print(Activation(rawValue: "sigmoid") ?? .identity, Activation(rawValue: "tanh") == nil)
let chosen: Activation = .relu
print(chosen == .relu, chosen != .sigmoid)

enum Digit: Int {
    case zero = 0, one, two, three
}
print(Digit.two.rawValue, Digit(rawValue: 3) ?? .zero)

// Associated values.
enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case point

    var area: Double {
        switch self {
        case .circle(let r):
            return 3.0 * r * r
        case let .rectangle(w, h):
            return w * h
        case .point:
            return 0
        }
    }
}
let shapes: [Shape] = [.circle(radius: 2), .rectangle(width: 3, height: 4), .point]
for s in shapes {
    print(s.area)
}
print(shapes[1])

enum Outcome {
    case success(accuracy: Double)
    case failure(String)
}
func report(_ o: Outcome) -> String {
    switch o {
    case .success(let acc) where acc > 0.9:
        return "great: \(acc)"
    case .success(let acc):
        return "ok: \(acc)"
    case .failure(let why):
        return "failed: " + why
    }
}
print(report(.success(accuracy: 0.95)), report(.success(accuracy: 0.5)), report(.failure("diverged")))
if case .failure(let message) = Outcome.failure("nan loss") { print(message) }
