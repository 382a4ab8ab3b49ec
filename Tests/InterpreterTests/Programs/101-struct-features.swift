// Structs: memberwise init with defaults, custom init and delegation, static members, get/set.
struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    static let freezing = Temperature(celsius: 0)
    static var created = 0
    static func average(_ ts: [Temperature]) -> Temperature {
        Temperature(celsius: ts.map { $0.celsius }.reduce(0, +) / Double(ts.count))
    }
}
var t = Temperature(celsius: 100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, Temperature.freezing.celsius)
print(Temperature.average([Temperature(celsius: 10), Temperature(celsius: 20)]).celsius)
Temperature.created += 2
print(Temperature.created)

struct Config {
    var epochs = 10
    var learningRate = 0.1
    var name: String
}
print(Config(name: "a").epochs, Config(epochs: 3, name: "b").epochs, Config(learningRate: 1, name: "c").learningRate)

struct Rect {
    var width: Double, height: Double
    init(width: Double, height: Double) { self.width = width; self.height = height }
    init(square side: Double) { self.init(width: side, height: side) }
    var area: Double { width * height }
    mutating func scale(by f: Double) { width *= f; height *= f }
    func scaled(by f: Double) -> Rect { var copy = self; copy.scale(by: f); return copy }
}
var r = Rect(square: 2)
r.scale(by: 1.5)
print(r.area, r.scaled(by: 2).area, r.width)
print(r)
