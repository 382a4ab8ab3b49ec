// A Loss protocol with a requirement, implemented by two structs.
protocol Loss {
    var name: String { get }
    func value(_ prediction: Double, _ target: Double) -> Double
}

struct SquaredError: Loss {
    let name = "squared error"
    func value(_ prediction: Double, _ target: Double) -> Double {
        (prediction - target) * (prediction - target)
    }
}

struct AbsoluteError: Loss {
    var name: String { "absolute error" }
    func value(_ prediction: Double, _ target: Double) -> Double {
        abs(prediction - target)
    }
}

func meanLoss(_ loss: Loss, predictions: [Double], targets: [Double]) -> Double {
    var total = 0.0
    for (p, t) in zip(predictions, targets) {
        total += loss.value(p, t)
    }
    return total / Double(predictions.count)
}

let predictions = [0.5, 2.0, -1.0]
let targets = [1.0, 1.5, -1.0]
print(SquaredError().name, meanLoss(SquaredError(), predictions: predictions, targets: targets))
print(AbsoluteError().name, meanLoss(AbsoluteError(), predictions: predictions, targets: targets))
let chosen: Loss = AbsoluteError()
print(chosen.value(3, 1))
