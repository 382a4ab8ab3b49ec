/// A seeded, deterministic pseudo-random generator: xoshiro256** seeded through SplitMix64.
///
/// Why these two: both are tiny, fully specified integer algorithms, so the same seed yields the
/// same stream on every machine and every Swift version (Swift's own `SystemRandomNumberGenerator`
/// cannot be seeded). Every drawing function in MLCore takes either a `seed:` or one of these.
public struct RandomGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The second normal deviate produced by the last Box–Muller pair, kept for the next call.
    private var spareNormal: Double?

    /// Creates a generator whose whole stream is determined by `seed`.
    public init(seed: Int) {
        var state = UInt64(bitPattern: Int64(seed))
        func splitMix() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    @inline(__always) private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform Double in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform Double in [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * uniform() }

    /// A uniform integer in `0..<upperBound` (0 when `upperBound` ≤ 0), without modulo bias.
    public mutating func integer(below upperBound: Int) -> Int {
        guard upperBound > 1 else { return 0 }
        let bound = UInt64(upperBound)
        let threshold = (0 &- bound) % bound
        while true {
            let r = next()
            let product = r.multipliedFullWidth(by: bound)
            if product.low >= threshold { return Int(product.high) }
        }
    }

    /// A normal deviate with the given mean and standard deviation (Box–Muller, both values used).
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return mean + standardDeviation * spare
        }
        var u1 = uniform()
        while u1 <= 0 { u1 = uniform() }
        let u2 = uniform()
        let radius = (-2 * log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareNormal = radius * sin(angle)
        return mean + standardDeviation * radius * cos(angle)
    }

    /// Shuffles `array` in place (Fisher–Yates, from the back).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = integer(below: i + 1)
            if i != j { array.swapAt(i, j) }
        }
    }

    /// A shuffled copy of `array`.
    public mutating func shuffled<T>(_ array: [T]) -> [T] {
        var copy = array
        shuffle(&copy)
        return copy
    }

    /// One element of `array` picked uniformly, or nil when it is empty.
    public mutating func choice<T>(_ array: [T]) -> T? {
        array.isEmpty ? nil : array[integer(below: array.count)]
    }

    /// `count` indices drawn from `0..<upperBound`, with or without replacement.
    public mutating func choice(count: Int, from upperBound: Int, replace: Bool = true) throws -> [Int] {
        try require(count >= 0, "choice count must be ≥ 0, got \(count)")
        try require(upperBound > 0 || count == 0, "cannot choose from an empty range")
        try Tensor.reserve(shape: [count])
        if replace { return (0..<count).map { _ in integer(below: upperBound) } }
        try require(count <= upperBound, "cannot choose \(count) distinct values from \(upperBound) without replacement")
        try Tensor.reserve(shape: [upperBound])
        var pool = Array(0..<upperBound)
        for i in 0..<count { pool.swapAt(i, i + integer(below: upperBound - i)) }
        return Array(pool[0..<count])
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
