import Foundation

// Learning-rate schedules as an enum with associated values.
enum Schedule {
    case constant
    case step(every: Int, factor: Double)
    case exponential(rate: Double)
    case cosine(total: Int)

    func rate(initial: Double, epoch: Int) -> Double {
        switch self {
        case .constant:
            return initial
        case let .step(every, factor):
            return initial * pow(factor, Double(epoch / every))
        case .exponential(let r):
            return initial * exp(-r * Double(epoch))
        case .cosine(let total):
            return initial * 0.5 * (1 + cos(Double.pi * Double(epoch) / Double(total)))
        }
    }
}

let schedules: [(String, Schedule)] = [
    ("constant", .constant),
    ("step", .step(every: 3, factor: 0.5)),
    ("exp", .exponential(rate: 0.1)),
    ("cosine", .cosine(total: 9)),
]
for (name, s) in schedules {
    let rates = (0..<10).map { (s.rate(initial: 0.1, epoch: $0) * 1e5).rounded() / 1e5 }
    print(name, rates)
}
