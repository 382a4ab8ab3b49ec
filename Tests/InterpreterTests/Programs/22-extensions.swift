// Extensions of our own types: extra methods, computed properties, initialisers.
struct Vector {
    var x: Double
    var y: Double
}

extension Vector {
    var norm: Double {
        return (x * x + y * y).squareRoot()
    }

    func dot(_ other: Vector) -> Double {
        return x * other.x + y * other.y
    }

    func plus(_ other: Vector) -> Vector {
        return Vector(x: x + other.x, y: y + other.y)
    }

    mutating func normalise() {
        let n = norm
        x /= n
        y /= n
    }

    static var zero: Vector { Vector(x: 0, y: 0) }
}

extension Vector {
    init(angleInQuarterTurns turns: Int) {
        switch turns % 4 {
        case 0: self.init(x: 1, y: 0)
        case 1: self.init(x: 0, y: 1)
        case 2: self.init(x: -1, y: 0)
        default: self.init(x: 0, y: -1)
        }
    }
}

var v = Vector(x: 3, y: 4)
let w = Vector(x: 1, y: -1)
print(v.norm, v.dot(w))
print(v.plus(w))
v.normalise()
print(v)
print(Vector.zero)
print(Vector(angleInQuarterTurns: 1), Vector(angleInQuarterTurns: 6))

enum Label: Int {
    case negative = 0, positive = 1
}
extension Label {
    var sign: Double { self == .positive ? 1 : -1 }
    func flipped() -> Label { self == .positive ? .negative : .positive }
}
print(Label.positive.sign, Label.negative.sign, Label.negative.flipped())

class Model {
    var steps = 0
}
extension Model {
    func train(epochs: Int) { steps += epochs * 10 }
}
let model = Model()
model.train(epochs: 3)
print(model.steps)
