// Failable initialisers: init? returning nil for invalid input.
struct Probability {
    let value: Double
    init?(_ value: Double) {
        guard value >= 0 && value <= 1 else { return nil }
        self.value = value
    }
}
print(Probability(0.3)?.value as Any)
print(Probability(1.5)?.value as Any)
let ps = [0.2, -1, 0.9, 2].compactMap { Probability($0) }
print(ps.map { $0.value })

struct Sample {
    let features: [Double]
    let label: Int
    init?(line: String) {
        let parts = line.split(separator: ",").map { String($0) }
        guard parts.count >= 2, let label = Int(parts[parts.count - 1]) else { return nil }
        var xs: [Double] = []
        for p in parts.dropLast() {
            guard let x = Double(p) else { return nil }
            xs.append(x)
        }
        features = xs
        self.label = label
    }
}
let lines = ["1.0,2.0,1", "oops", "0.5,x,0", "3,4,0"]
for line in lines {
    if let s = Sample(line: line) {
        print("ok", s.features, s.label)
    } else {
        print("rejected", line)
    }
}

final class Model {
    let layers: [Int]
    init?(layers: [Int]) {
        if layers.count < 2 { return nil }
        self.layers = layers
    }
}
print(Model(layers: [2, 1])?.layers as Any, Model(layers: [3]) == nil)
