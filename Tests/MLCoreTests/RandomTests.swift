import XCTest
@testable import MLCore

/// The seeded generator: golden values from an independent xoshiro256** implementation.
final class RandomTests: XCTestCase {
    func testRawStreamMatchesReference() {
        var generator = RandomGenerator(seed: 1)
        XCTAssertEqual([generator.next(), generator.next(), generator.next()],
                       [12966619160104079557, 9600361134598540522, 10590380919521690900])
        var negative = RandomGenerator(seed: -1)
        XCTAssertEqual([negative.next(), negative.next()], [10328197420357168392, 14156678507024973869])
    }

    func testUniformUses53Bits() {
        var generator = RandomGenerator(seed: 42)
        XCTAssertEqual(generator.uniform(), 0.08386297105988216)
        XCTAssertEqual(generator.uniform(), 0.3789802506626686)
        XCTAssertEqual(generator.uniform(), 0.6800434110281394)
    }

    func testSameSeedSameNumbersDifferentSeedDifferentNumbers() {
        var a = RandomGenerator(seed: 7), b = RandomGenerator(seed: 7), c = RandomGenerator(seed: 8)
        let first = (0..<5).map { _ in a.normal() }
        XCTAssertEqual(first, (0..<5).map { _ in b.normal() })
        XCTAssertNotEqual(first, (0..<5).map { _ in c.normal() })
    }

    func testNormalMomentsAreStandard() {
        var generator = RandomGenerator(seed: 3)
        let samples = (0..<20_000).map { _ in generator.normal(mean: 2, standardDeviation: 3) }
        let mean = samples.reduce(0, +) / Double(samples.count)
        let variance = samples.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(samples.count)
        XCTAssertEqual(mean, 2, accuracy: 0.06)
        XCTAssertEqual(variance.squareRoot(), 3, accuracy: 0.06)
    }

    func testIntegerStaysInRangeAndCoversIt() {
        var generator = RandomGenerator(seed: 5)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let value = generator.integer(below: 6)
            XCTAssertTrue((0..<6).contains(value))
            seen.insert(value)
        }
        XCTAssertEqual(seen.count, 6)
        XCTAssertEqual(generator.integer(below: 0), 0)
    }

    func testShuffleIsAPermutationAndDeterministic() {
        var a = RandomGenerator(seed: 9), b = RandomGenerator(seed: 9)
        let shuffled = a.shuffled(Array(0..<50))
        XCTAssertEqual(shuffled.sorted(), Array(0..<50))
        XCTAssertNotEqual(shuffled, Array(0..<50))
        XCTAssertEqual(shuffled, b.shuffled(Array(0..<50)))
    }

    func testChoice() throws {
        var generator = RandomGenerator(seed: 11)
        XCTAssertNil(generator.choice([Int]()))
        XCTAssertTrue(["a", "b"].contains(generator.choice(["a", "b"]) ?? ""))
        let distinct = try generator.choice(count: 10, from: 10, replace: false)
        XCTAssertEqual(distinct.sorted(), Array(0..<10))
        XCTAssertThrowsError(try generator.choice(count: 11, from: 10, replace: false))
        XCTAssertThrowsError(try generator.choice(count: -1, from: 10))
    }

    func testTensorDrawsAreSeeded() throws {
        XCTAssertEqual(try Tensor.uniform([2, 3], seed: 4), try Tensor.uniform([2, 3], seed: 4))
        XCTAssertEqual(try Tensor.normal([4], seed: 4), try Tensor.normal([4], seed: 4))
        let u = try Tensor.uniform([1000], low: -2, high: 5, seed: 1)
        XCTAssertGreaterThanOrEqual(u.min() ?? -9, -2)
        XCTAssertLessThan(u.max() ?? 9, 5)
    }
}
