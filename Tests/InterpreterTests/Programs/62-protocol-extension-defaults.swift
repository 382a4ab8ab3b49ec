// Default implementations in a protocol extension, overridden by one conformer.
protocol Activation {
    func f(_ x: Double) -> Double
    func derivative(_ x: Double) -> Double
    var name: String { get }
}

extension Activation {
    // Central finite difference: a default that every activation can use.
    func derivative(_ x: Double) -> Double {
        let h = 1e-6
        return (f(x + h) - f(x - h)) / (2 * h)
    }
    var name: String { "activation" }
    func table(_ xs: [Double]) -> [Double] { xs.map { f($0) } }
}

struct ReLU: Activation {
    func f(_ x: Double) -> Double { max(0, x) }
    func derivative(_ x: Double) -> Double { x > 0 ? 1 : 0 }
    var name: String { "relu" }
}

struct Square: Activation {
    func f(_ x: Double) -> Double { x * x }
}

print(ReLU().name, ReLU().derivative(2), ReLU().table([-1, 0, 2]))
let s = Square()
print(s.name, s.table([1, 2, 3]))
print((s.derivative(3) * 1000).rounded() / 1000)
