// Enums: raw values, CaseIterable, associated values, methods and computed properties.
enum Split: String, CaseIterable {
    case train, validation = "val", test
}
print(Split.allCases.map { $0.rawValue }, Split(rawValue: "val")!, Split(rawValue: "x") as Any)
print(Split.train == .train, Split.test != .train)

enum Priority: Int, Comparable {
    case low = 1, medium, high
    static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
}
print(Priority.medium.rawValue, Priority.high.rawValue, [Priority.high, .low, .medium].sorted().map { $0.rawValue })

enum Layer {
    case dense(inputs: Int, outputs: Int)
    case activation(String)
    case dropout(Double)
    var parameters: Int {
        switch self {
        case let .dense(i, o): return i * o + o
        case .activation, .dropout: return 0
        }
    }
    func describe() -> String {
        switch self {
        case .dense(let i, let o): return "dense \(i)->\(o)"
        case .activation(let name): return name
        case .dropout(let p): return "dropout(\(p))"
        }
    }
}
let net: [Layer] = [.dense(inputs: 4, outputs: 8), .activation("relu"), .dropout(0.5), .dense(inputs: 8, outputs: 1)]
print(net.map { $0.describe() })
print(net.map(\.parameters).reduce(0, +))
print(Layer.activation("tanh"))
print(Layer.dense(inputs: 2, outputs: 1))

enum Direction: CaseIterable {
    case north, east, south, west
    var turnedRight: Direction {
        let all = Direction.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
var dir = Direction.west
dir = dir.turnedRight
print(dir, Direction.allCases.count)
