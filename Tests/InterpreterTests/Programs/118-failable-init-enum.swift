// init? on an enum and on a struct wrapping validated data; init(rawValue:) alongside.
enum Optimiser {
    case sgd, adam, rmsprop
    init?(name: String) {
        switch name.lowercased() {
        case "sgd": self = .sgd
        case "adam": self = .adam
        case "rmsprop": self = .rmsprop
        default: return nil
        }
    }
}
print(["SGD", "Adam", "lbfgs"].map { Optimiser(name: $0) as Any })
struct Shape {
    let rows: Int, columns: Int
    init?(_ text: String) {
        let parts = text.split(separator: "x")
        guard parts.count == 2, let r = Int(parts[0]), let c = Int(parts[1]), r > 0, c > 0 else {
            return nil
        }
        rows = r
        columns = c
    }
    var count: Int { rows * columns }
}
for t in ["3x4", "3x", "0x2", "10x10"] {
    if let s = Shape(t) { print(t, s.count) } else { print(t, "invalid") }
}
let shapes = ["2x2", "bad", "1x5"].compactMap(Shape.init)
print(shapes.map { $0.count })
