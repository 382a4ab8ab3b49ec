// Static properties and methods as registries, counters and factories.
struct Activation {
    let name: String
    let apply: (Double) -> Double
    static let relu = Activation(name: "relu") { max(0, $0) }
    static let identity = Activation(name: "identity") { $0 }
    static var all: [Activation] { [relu, identity] }
    static func named(_ n: String) -> Activation? { all.first { $0.name == n } }
}
print(Activation.all.map(\.name), Activation.named("relu")?.apply(-3) as Any, Activation.named("x") == nil)
final class IdGenerator {
    static var next = 1
    static func make(_ prefix: String) -> String {
        defer { next += 1 }
        return "\(prefix)-\(next)"
    }
}
print(IdGenerator.make("layer"), IdGenerator.make("layer"), IdGenerator.make("opt"), IdGenerator.next)
enum Defaults {
    static let learningRate = 0.01
    static let epochs = 10
    static func describe() -> String { "rate \(learningRate), \(epochs) epochs" }
}
print(Defaults.describe(), Defaults.learningRate * Double(Defaults.epochs))
struct Counter {
    static var instances = 0
    let id: Int
    init() { Counter.instances += 1; id = Counter.instances }
}
let cs = [Counter(), Counter(), Counter()]
print(cs.map(\.id), Counter.instances)
