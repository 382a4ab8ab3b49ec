// A tiny linear congruential generator for reproducible "random" numbers.
struct LCG {
    var state: Int

    init(seed: Int) {
        state = seed
    }

    // Numerical Recipes constants, kept in 32 bits.
    mutating func next() -> Int {
        state = (1664525 * state + 1013904223) % 4294967296
        return state
    }

    mutating func nextDouble() -> Double {
        return Double(next()) / 4294967296.0
    }

    mutating func nextInt(below n: Int) -> Int {
        return next() % n
    }
}

var rng = LCG(seed: 42)
print(rng.next(), rng.next(), rng.next())

var again = LCG(seed: 42)
print(again.next(), "same start as before")

var uniform = LCG(seed: 7)
var samples: [Double] = []
for _ in 0..<5 {
    samples.append(uniform.nextDouble())
}
print(samples)

// The mean of many draws is close to 0.5.
var total = 0.0
for _ in 0..<10000 {
    total += uniform.nextDouble()
}
print("mean of 10000:", total / 10000)

// Dice histogram.
var dice = LCG(seed: 2024)
var counts = [0, 0, 0, 0, 0, 0]
for _ in 0..<600 {
    counts[dice.nextInt(below: 6)] += 1
}
print(counts, counts.reduce(0, +))

// Shuffling indices with Fisher-Yates.
var order = Array(0..<8)
var shuffler = LCG(seed: 1)
for i in stride(from: order.count - 1, to: 0, by: -1) {
    let j = shuffler.nextInt(below: i + 1)
    order.swapAt(i, j)
}
print(order, order.sorted() == Array(0..<8))
