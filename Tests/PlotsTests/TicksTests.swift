import XCTest
@testable import Plots

/// The "nice numbers" tick algorithm: round steps of 1, 2 or 5 × 10^k and exact labels.
final class TicksTests: XCTestCase {
    func testUnitRangeTicksInFifths() {
        let scale = AxisScale.linear(minimum: 0, maximum: 1)
        XCTAssertEqual(scale.ticks, [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(scale.labels, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        XCTAssertEqual(scale.lower, 0)
        XCTAssertEqual(scale.upper, 1)
    }

    func testHundredTicksInTwenties() {
        let scale = AxisScale.linear(minimum: 0, maximum: 100)
        XCTAssertEqual(scale.ticks, [0, 20, 40, 60, 80, 100])
        XCTAssertEqual(scale.labels, ["0", "20", "40", "60", "80", "100"])
    }

    func testAxisWidensToWholeTicksAroundNegativeData() {
        let scale = AxisScale.linear(minimum: -3.7, maximum: 12.2)
        XCTAssertEqual(scale.ticks, [-5, 0, 5, 10, 15])
        XCTAssertEqual(scale.labels, ["−5", "0", "5", "10", "15"])
    }

    func testSmallValuesKeepEnoughDecimals() {
        let scale = AxisScale.linear(minimum: 0.001, maximum: 0.0095)
        XCTAssertEqual(scale.ticks, [0, 0.002, 0.004, 0.006, 0.008, 0.01])
        XCTAssertEqual(scale.labels, ["0.000", "0.002", "0.004", "0.006", "0.008", "0.010"])
    }

    func testEqualValuesArePadded() {
        let scale = AxisScale.linear(minimum: 5, maximum: 5)
        XCTAssertEqual(scale.labels, ["4.4", "4.6", "4.8", "5.0", "5.2", "5.4", "5.6"])
        let zero = AxisScale.linear(minimum: 0, maximum: 0)
        XCTAssertEqual(zero.ticks, [-1, -0.5, 0, 0.5, 1])
        XCTAssertEqual(zero.labels, ["−1.0", "−0.5", "0.0", "0.5", "1.0"])
    }

    func testNonFiniteRangeFallsBackToUnit() {
        XCTAssertEqual(AxisScale.linear(minimum: .nan, maximum: 3).ticks, [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(AxisScale.linear(minimum: -.infinity, maximum: .infinity).ticks.count, 6)
    }

    func testReversedRangeIsSwapped() {
        XCTAssertEqual(AxisScale.linear(minimum: 100, maximum: 0).ticks, [0, 20, 40, 60, 80, 100])
    }

    func testHugeValuesUsePowersOfTen() {
        let scale = AxisScale.linear(minimum: 0, maximum: 3e7)
        XCTAssertEqual(scale.ticks, [0, 1e7, 2e7, 3e7])
        XCTAssertEqual(scale.labels, ["0", "10⁷", "2×10⁷", "3×10⁷"])
    }

    func testExtremeRangesDoNotTrap() {
        XCTAssertFalse(AxisScale.linear(minimum: -Double.greatestFiniteMagnitude, maximum: .greatestFiniteMagnitude).ticks.isEmpty)
        XCTAssertFalse(AxisScale.linear(minimum: 1e300, maximum: 1e300).ticks.isEmpty)
        XCTAssertFalse(AxisScale.linear(minimum: 5e-324, maximum: 1e-323).ticks.isEmpty)
    }

    func testLogarithmicTicksAtDecades() {
        let scale = AxisScale.logarithmic(minimum: 0.003, maximum: 0.7)
        XCTAssertEqual(scale.ticks, [0.001, 0.01, 0.1, 1])
        XCTAssertEqual(scale.labels, ["0.001", "0.01", "0.1", "1"])
        XCTAssertEqual(scale.fraction(0.01), 1.0 / 3.0, accuracy: 1e-12)
    }

    func testLogarithmicFarDecadesUseSuperscripts() {
        let scale = AxisScale.logarithmic(minimum: 1e-6, maximum: 0.5)
        XCTAssertEqual(scale.labels, ["10⁻⁶", "10⁻⁵", "10⁻⁴", "0.001", "0.01", "0.1", "1"])
    }

    func testLogarithmicSingleDecadeStillHasTwoTicks() {
        XCTAssertEqual(AxisScale.logarithmic(minimum: 10, maximum: 10).ticks, [10, 100])
    }

    func testNumberFormattingIsFixedAndUsesTrueMinus() {
        XCTAssertEqual(NumberFormat.fixed(-4, decimals: 4), "−4.0000")
        XCTAssertEqual(NumberFormat.fixed(-0.00001, decimals: 2), "0.00")
        XCTAssertEqual(NumberFormat.coordinate(12.5), "12.5")
        XCTAssertEqual(NumberFormat.coordinate(-3.14159), "-3.14")
        XCTAssertEqual(NumberFormat.coordinate(0.07), "0.07")
        XCTAssertEqual(NumberFormat.coordinate(3.1), "3.1")
        XCTAssertEqual(NumberFormat.coordinate(-0.004), "0")
        XCTAssertEqual(NumberFormat.coordinate(100), "100")
        XCTAssertEqual(NumberFormat.coordinate(-12.5), "-12.5")
        XCTAssertEqual(NumberFormat.coordinate(.nan), "0")
        XCTAssertEqual(NumberFormat.compact(0.000012), "1.2×10⁻⁵")
        XCTAssertEqual(NumberFormat.compact(0.30000000000000004), "0.3")
        XCTAssertEqual(NumberFormat.compact(.nan), "NaN")
    }
}
