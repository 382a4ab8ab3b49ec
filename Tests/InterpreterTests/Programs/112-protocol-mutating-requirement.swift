// A protocol with a mutating requirement, adopted by value types and used through inout.
protocol Accumulator {
    var count: Int { get }
    mutating func add(_ x: Double)
    func result() -> Double
}
struct Mean: Accumulator {
    var count = 0
    var sum = 0.0
    mutating func add(_ x: Double) { count += 1; sum += x }
    func result() -> Double { count == 0 ? 0 : sum / Double(count) }
}
struct Maximum: Accumulator {
    var count = 0
    var best = -Double.infinity
    mutating func add(_ x: Double) { count += 1; best = max(best, x) }
    func result() -> Double { best }
}
func feed<A: Accumulator>(_ a: inout A, _ xs: [Double]) {
    for x in xs { a.add(x) }
}
var mean = Mean()
var maximum = Maximum()
feed(&mean, [1, 2, 3, 6])
feed(&maximum, [1, 2, 3, 6])
print(mean.result(), mean.count, maximum.result())
var accumulators: [any Accumulator] = [Mean(), Maximum()]
for i in accumulators.indices {
    accumulators[i].add(4)
    accumulators[i].add(-2)
}
print(accumulators.map { $0.result() }, accumulators.map { $0.count })
