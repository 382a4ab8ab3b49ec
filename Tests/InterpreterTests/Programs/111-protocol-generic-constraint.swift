// A protocol used as a generic constraint: train<L: Loss> over any loss.
protocol Loss {
    static var name: String { get }
    func value(_ p: Double, _ y: Double) -> Double
    func gradient(_ p: Double, _ y: Double) -> Double
}
struct Squared: Loss {
    static let name = "squared"
    func value(_ p: Double, _ y: Double) -> Double { (p - y) * (p - y) }
    func gradient(_ p: Double, _ y: Double) -> Double { 2 * (p - y) }
}
struct Huber: Loss {
    static var name: String { "huber" }
    var delta = 1.0
    func value(_ p: Double, _ y: Double) -> Double {
        let e = abs(p - y)
        return e <= delta ? 0.5 * e * e : delta * (e - 0.5 * delta)
    }
    func gradient(_ p: Double, _ y: Double) -> Double {
        let e = p - y
        return abs(e) <= delta ? e : (e > 0 ? delta : -delta)
    }
}

func fitConstant<L: Loss>(_ ys: [Double], loss: L, steps: Int) -> Double {
    var c = 0.0
    for _ in 0..<steps {
        let g = ys.map { loss.gradient(c, $0) }.reduce(0, +) / Double(ys.count)
        c -= 0.1 * g
    }
    return c
}
let ys = [1.0, 2.0, 3.0, 10.0]
print(Squared.name, (fitConstant(ys, loss: Squared(), steps: 200) * 1000).rounded() / 1000)
print(Huber.name, (fitConstant(ys, loss: Huber(), steps: 200) * 1000).rounded() / 1000)
func describe<L: Loss>(_ l: L) -> String { "\(L.name): \(l.value(2, 0))" }
print(describe(Squared()), describe(Huber(delta: 0.5)))
