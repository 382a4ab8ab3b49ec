// Simple and exponential moving averages of a noisy loss curve, with bias correction.
let losses: [Double] = [1.0, 0.8, 0.9, 0.6, 0.7, 0.5, 0.55, 0.4, 0.45, 0.3]
func r(_ x: Double) -> Double { (x * 1e4).rounded() / 1e4 }

let window = 3
var simple: [Double] = []
for i in (window - 1)..<losses.count {
    simple.append(losses[(i - window + 1)...i].reduce(0, +) / Double(window))
}
print(simple.map(r))

let beta = 0.9
var ema = 0.0
var corrected: [Double] = []
for (t, l) in losses.enumerated() {
    ema = beta * ema + (1 - beta) * l
    var correction = 1.0
    for _ in 0...t { correction *= beta }
    corrected.append(ema / (1 - correction))
}
print(r(ema), corrected.map(r))
let improving = zip(simple, simple.dropFirst()).filter { $1 < $0 }.count
print("improving steps", improving, "of", simple.count - 1)
