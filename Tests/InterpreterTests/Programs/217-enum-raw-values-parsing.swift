import Foundation

// Parsing configuration lines into enums with raw values and associated values.
enum OptimizerKind: String, CaseIterable { case sgd, momentum, adam }
enum Setting: Equatable {
    case optimizer(OptimizerKind)
    case learningRate(Double)
    case epochs(Int)
    case unknown(String)
}
func parse(_ line: String) -> Setting {
    let parts = line.split(separator: "=").map { String($0).trimmingCharacters(in: .whitespaces) }
    guard parts.count == 2 else { return .unknown(line) }
    switch parts[0] {
    case "optimizer": return OptimizerKind(rawValue: parts[1]).map { .optimizer($0) } ?? .unknown(line)
    case "rate": return Double(parts[1]).map { .learningRate($0) } ?? .unknown(line)
    case "epochs": return Int(parts[1]).map { .epochs($0) } ?? .unknown(line)
    default: return .unknown(line)
    }
}
let lines = ["optimizer = adam", "rate = 0.001", "epochs = 20", "optimizer = lbfgs", "batch = 32", "rate"]
let settings = lines.map(parse)
for s in settings { print(s) }
print(settings.contains(.epochs(20)), settings.filter { if case .unknown = $0 { return true }; return false }.count)
print(OptimizerKind.allCases.map(\.rawValue).joined(separator: "/"))
