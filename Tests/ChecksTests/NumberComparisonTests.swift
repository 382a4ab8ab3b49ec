import Checks
import XCTest

/// The tolerance rule of `expect`, shared by the interpreter and LessonKit.
final class NumberComparisonTests: XCTestCase {
    private typealias Numbers = NumberComparison.Numbers

    private func mismatch(_ actual: Numbers?, _ expected: Numbers?, tolerance: Double = 1e-9) -> NumberComparison.Mismatch? {
        NumberComparison.mismatch(actual: actual, expected: expected, tolerance: tolerance,
                                  describeActual: { "actual" }, describeExpected: { "expected" })
    }

    func testToleranceIsAbsoluteNearZeroAndRelativeForLargeNumbers() {
        // |a − e| ≤ tol · max(1, |e|): 1e-10 off 0 passes at 1e-9; 1e-4 off 1e6 passes (1e-3 allowed).
        XCTAssertNil(NumberComparison.firstDifference([1e-10], [0], tolerance: 1e-9))
        XCTAssertEqual(NumberComparison.firstDifference([2e-9], [0], tolerance: 1e-9), 0)
        XCTAssertNil(NumberComparison.firstDifference([1_000_000.0001], [1_000_000], tolerance: 1e-9))
        XCTAssertEqual(NumberComparison.firstDifference([1_000_000.01], [1_000_000], tolerance: 1e-9), 0)
        XCTAssertNil(NumberComparison.firstDifference([.nan, .infinity], [.nan, .infinity], tolerance: 0))
        XCTAssertEqual(NumberComparison.firstDifference([1, .nan], [1, 2], tolerance: 1), 1)
    }

    func testMismatchNamesTheFirstDifferingElementOfAMatrix() {
        let want = Numbers(shape: [2, 2], scalars: [1, 2, 3, 4])
        let got = Numbers(shape: [2, 2], scalars: [1, 2, 3.5, 4])
        XCTAssertEqual(mismatch(got, want), .init(expected: "[[1.0, 2.0], [3.0, 4.0]]", actual: "[[1.0, 2.0], [3.5, 4.0]]",
                                                  detail: "first difference at element [1, 0] of shape [2, 2]"))
        XCTAssertNil(mismatch(want, want))
    }

    func testShapesAndNonNumbersAreNamed() {
        XCTAssertEqual(mismatch(Numbers(shape: [2], scalars: [1, 2]), Numbers(shape: [], scalars: [1]))?.detail,
                       "shapes differ: expected a number, got shape [2]")
        XCTAssertEqual(mismatch(nil, Numbers(shape: [], scalars: [1])),
                       .init(expected: "1.0", actual: "actual", detail: "the actual value is not a number, an array of numbers or a tensor"))
        XCTAssertNil(Numbers.stacked([Numbers(shape: [1], scalars: [1]), Numbers(shape: [], scalars: [2])]))
        XCTAssertEqual(Numbers.stacked([]), Numbers(shape: [0], scalars: []))
    }

    func testInvalidTolerancesAndPointsAreWorded() {
        XCTAssertEqual(NumberComparison.invalidTolerance(-1), "the tolerance of expect must be a finite number ≥ 0, not -1.0")
        XCTAssertNil(NumberComparison.invalidTolerance(0))
        XCTAssertEqual(NumberComparison.invalidPoints(.infinity), "points must be a finite number ≥ 0, not inf")
        XCTAssertEqual(NumberComparison.printed(-Double.nan), "-nan")
    }
}
