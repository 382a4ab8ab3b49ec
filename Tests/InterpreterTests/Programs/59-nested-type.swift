// Types nested in types: a Config inside a Trainer, an enum inside a struct.
struct Trainer {
    struct Config {
        var epochs: Int
        var learningRate: Double
    }
    enum Phase: String {
        case train, validate
    }
    var config: Config
    func describe(_ phase: Phase) -> String {
        "\(phase.rawValue): \(config.epochs) epochs at \(config.learningRate)"
    }
}
let t = Trainer(config: Trainer.Config(epochs: 10, learningRate: 0.01))
print(t.describe(.train))
print(t.describe(Trainer.Phase.validate))
let c = Trainer.Config(epochs: 3, learningRate: 1)
print(c.epochs, c.learningRate)

final class Model {
    struct Summary: CustomStringConvertible {
        let parameters: Int
        var description: String { "\(parameters) parameters" }
    }
    let sizes: [Int]
    init(sizes: [Int]) { self.sizes = sizes }
    var summary: Summary {
        var n = 0
        for i in 1..<sizes.count { n += sizes[i - 1] * sizes[i] + sizes[i] }
        return Summary(parameters: n)
    }
}
print(Model(sizes: [2, 3, 1]).summary)
