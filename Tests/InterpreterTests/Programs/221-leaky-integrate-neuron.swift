// A leaky integrate-and-fire neuron driven by a step current, counting spikes.
var potential = 0.0
let threshold = 1.0, leak = 0.9, resetValue = 0.0
var spikes: [Int] = []
var trace: [Double] = []
for t in 0..<40 {
    let current = t >= 5 && t < 30 ? 0.25 : 0.0
    potential = leak * potential + current
    if potential >= threshold {
        spikes.append(t)
        potential = resetValue
    }
    trace.append((potential * 100).rounded() / 100)
}
print("spikes at", spikes)
print(trace.prefix(12).map { $0 })
let intervals = zip(spikes.dropFirst(), spikes).map { $0 - $1 }
print("intervals", intervals, "rate", Double(spikes.count) / 40)
