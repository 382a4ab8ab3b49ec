import XCTest
@testable import MLCore

/// Data sets: generators, splits and standardisation.
final class DatasetTests: XCTestCase {
    func testGeneratorsHaveTheRightShapesAndLabels() throws {
        for data in [try Datasets.moons(count: 101, noise: 0.1, seed: 1), try Datasets.circles(count: 101, seed: 1),
                     try Datasets.xor(count: 101, seed: 1), try Datasets.blobs(count: 101, seed: 1),
                     try Datasets.spirals(count: 101, seed: 1)] {
            XCTAssertEqual(data.features.shape, [101, 2])
            XCTAssertEqual(data.targets.shape, [101, 1])
            XCTAssertEqual(Set(data.targets.scalars), [0, 1])
        }
        XCTAssertEqual(Set(try Datasets.spirals(count: 90, classes: 3, seed: 1).targets.scalars), [0, 1, 2])
        let sine = try Datasets.sine(count: 50, noise: 0, seed: 2)
        XCTAssertEqual(sine.features.shape, [50, 1])
        for (x, y) in zip(sine.features.scalars, sine.targets.scalars) { XCTAssertEqual(y, sin(2 * .pi * x), accuracy: 1e-12) }
    }

    func testGeneratorsAreSeeded() throws {
        XCTAssertEqual(try Datasets.moons(count: 50, noise: 0.2, seed: 1), try Datasets.moons(count: 50, noise: 0.2, seed: 1))
        XCTAssertNotEqual(try Datasets.moons(count: 50, noise: 0.2, seed: 1), try Datasets.moons(count: 50, noise: 0.2, seed: 2))
    }

    func testNoiselessMoonsLieOnTheirHalfCircles() throws {
        let moons = try Datasets.moons(count: 40, noise: 0, seed: 3)
        for (row, label) in zip(moons.features.rowArrays, moons.targets.scalars) {
            let (cx, cy) = label == 0 ? (0.0, 0.0) : (1.0, 0.5)
            XCTAssertEqual(((row[0] - cx) * (row[0] - cx) + (row[1] - cy) * (row[1] - cy)).squareRoot(), 1, accuracy: 1e-12)
        }
        let circles = try Datasets.circles(count: 40, noise: 0, factor: 0.3, seed: 3)
        for (row, label) in zip(circles.features.rowArrays, circles.targets.scalars) {
            XCTAssertEqual((row[0] * row[0] + row[1] * row[1]).squareRoot(), label == 0 ? 1 : 0.3, accuracy: 1e-12)
        }
    }

    func testSplits() throws {
        let data = try Datasets.blobs(count: 10, seed: 1)
        let (train, validation) = try data.split(0.8, seed: 2)
        XCTAssertEqual([train.count, validation.count], [8, 2])
        let all = (train.features.rowArrays + validation.features.rowArrays).map { $0.description }.sorted()
        XCTAssertEqual(all, data.features.rowArrays.map { $0.description }.sorted())
        let three = try data.split(train: 0.6, validation: 0.2, seed: 2)
        XCTAssertEqual([three.train.count, three.validation.count, three.test.count], [6, 2, 2])
        XCTAssertThrowsError(try data.split(1.5, seed: 1))
        XCTAssertThrowsError(try data.split(train: 0.8, validation: 0.3, seed: 1))
        XCTAssertEqual(try data.subset(0..<3).count, 3)
        XCTAssertEqual(data.shuffled(seed: 1).count, 10)
        XCTAssertEqual(data.description, "Dataset(10 examples, 2 features, 1 target)")
        XCTAssertEqual(data.labels, data.targets.scalars.map { Int($0) })
        XCTAssertEqual(try data.oneHotTargets(classes: 2).labels, data.labels)
    }

    func testDatasetShapesMustAgree() {
        XCTAssertThrowsError(try Dataset(features: Tensor.zeros([3, 2]), targets: Tensor([1, 2]))) { error in
            XCTAssertEqual((error as? MLError)?.message, "features have 3 rows but targets have 2 (shapes [3, 2] and [2])")
        }
        XCTAssertThrowsError(try Datasets.moons(count: -1, seed: 1))
    }

    func testStandardizerFitsOnTrainAndAppliesToOthers() throws {
        let train = try Dataset(features: Tensor([[1, 10], [3, 10], [5, 10]]), targets: Tensor([0, 1, 0]))
        let scaler = try Standardizer(fitting: train)
        XCTAssertEqual(scaler.means, [3, 10])
        XCTAssertEqual(scaler.standardDeviations[0], (8.0 / 3).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(scaler.standardDeviations[1], 1)   // a constant column is left unscaled
        let scaled = try scaler.transform(train)
        XCTAssertEqual(try scaled.features.mean(axis: 0).scalars, [0, 0])
        let other = try scaler.transform(Tensor([[3, 12]]))
        XCTAssertEqual(other.scalars, [0, 2])
        XCTAssertThrowsError(try scaler.transform(Tensor([[1, 2, 3]])))
    }

    func testStandardizerJudgesAConstantColumnByItsOwnScale() throws {
        // Values near 1e-13 vary: they are scaled (the old absolute 1e-12 cut-off left them alone).
        let tiny = try Standardizer(fitting: Tensor([[1e-13], [2e-13], [3e-13]]))
        XCTAssertEqual(tiny.standardDeviations[0], (2.0 / 3).squareRoot() * 1e-13, accuracy: 1e-28)
        XCTAssertEqual(try tiny.transform(Tensor([[3e-13]])).scalars[0], 1.5.squareRoot(), accuracy: 1e-9)
        // A constant column is constant at any scale, even where rounding leaves a tiny variance.
        for value in [0.1, 1e-13, 7e12] {
            let constant = try Standardizer(fitting: Tensor(shape: [5, 1], scalars: Array(repeating: value, count: 5)))
            XCTAssertEqual(constant.standardDeviations, [1], "\(value)")
        }
        let rounded = try Standardizer(fitting: Tensor(shape: [3, 1], scalars: [0.1 + 0.2, 0.3, 0.3]))
        XCTAssertEqual(rounded.standardDeviations, [1], "0.1 + 0.2 differs from 0.3 by one rounding only")
    }
}
