import Foundation

/// An axis: its extent and its tick positions and labels.
///
/// Linear axes use Heckbert's "nice numbers" (ticks at 1, 2 or 5 × 10^k, the axis widened to
/// whole ticks), so labels are round and short. Logarithmic axes tick at powers of ten.
struct AxisScale: Equatable {
    /// The value at the start of the axis.
    var lower: Double
    /// The value at the end of the axis.
    var upper: Double
    /// Tick values, increasing.
    var ticks: [Double]
    /// The label of each tick.
    var labels: [String]
    /// Whether positions are proportional to log10 of the value.
    var isLogarithmic: Bool

    /// A linear axis covering `minimum ... maximum` with about `targetCount` ticks.
    ///
    /// A degenerate range (equal ends) is padded to a visible one; non-finite ends give 0 ... 1.
    static func linear(minimum: Double, maximum: Double, targetCount: Int = 5) -> AxisScale {
        var low = minimum, high = maximum
        if !low.isFinite || !high.isFinite { low = 0; high = 1 }
        if low > high { swap(&low, &high) }
        low = max(low, -1e300)
        high = min(high, 1e300)
        // A range too narrow to print distinct ticks is treated as one value and padded.
        if high - low <= max(abs(low), abs(high)) * 1e-12 {
            let centre = (low + high) / 2
            let pad = abs(centre) > 1e-200 ? abs(centre) * 0.1 : 1
            low = centre - pad
            high = centre + pad
        }
        let span = niceNumber(high - low, rounding: false)
        let step = niceStep(span.value / Double(max(1, targetCount - 1)))
        var first = clampedInt((low / step.value).rounded(.down))
        var last = clampedInt((high / step.value).rounded(.up))
        // Guard against floating error putting the bound one step out (e.g. 0.30000000000000004).
        if Double(first + 1) * step.value <= low + 1e-9 * step.value { first += 1 }
        if Double(last - 1) * step.value >= high - 1e-9 * step.value { last -= 1 }
        if last <= first { last = first + 1 }
        if last - first > 50 { last = first + 50 }
        let ticks = (first...last).map { step.multiple($0) }
        let decimals = max(0, -step.exponent)
        let huge = ticks.contains { abs($0) >= 1e7 }
        let labels = ticks.map { (step.exponent < -4 || huge) ? NumberFormat.compact($0) : NumberFormat.fixed($0, decimals: decimals) }
        return AxisScale(lower: ticks[0], upper: ticks[ticks.count - 1], ticks: ticks, labels: labels, isLogarithmic: false)
    }

    /// A logarithmic axis covering `minimum ... maximum` (both positive) at whole decades.
    static func logarithmic(minimum: Double, maximum: Double) -> AxisScale {
        guard minimum > 0, maximum > 0, minimum.isFinite, maximum.isFinite else {
            return logarithmic(minimum: 0.1, maximum: 1)
        }
        var low = Int(floor(log10(min(minimum, maximum)) + 1e-12))
        var high = Int(ceil(log10(max(minimum, maximum)) - 1e-12))
        if high <= low { high = low + 1 }
        if high - low > 300 { low = high - 300 }
        let stride = max(1, Int(ceil(Double(high - low) / 8)))
        while (high - low) % stride != 0 { high += 1 }
        let exponents = Swift.stride(from: low, through: high, by: stride).map { $0 }
        let ticks = exponents.map { pow(10, Double($0)) }
        let labels = exponents.map { exponent -> String in
            if exponent >= -3 && exponent <= 4 { return NumberFormat.fixed(pow(10, Double(exponent)), decimals: max(0, -exponent)) }
            return "10" + NumberFormat.superscript(exponent)
        }
        return AxisScale(lower: ticks[0], upper: ticks[ticks.count - 1], ticks: ticks, labels: labels, isLogarithmic: true)
    }

    /// A fixed axis with explicit ticks (e.g. 0 … 1 for rates).
    static func fixed(lower: Double, upper: Double, ticks: [Double], decimals: Int) -> AxisScale {
        AxisScale(lower: lower, upper: upper, ticks: ticks,
                  labels: ticks.map { NumberFormat.fixed($0, decimals: decimals) }, isLogarithmic: false)
    }

    /// Where `value` falls along the axis, 0 at `lower` and 1 at `upper` (NaN if unplottable).
    func fraction(_ value: Double) -> Double {
        if isLogarithmic {
            guard value > 0 else { return .nan }
            return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
        }
        return (value - lower) / (upper - lower)
    }

    /// A step of m × 10^e with m in {1, 2, 5}, kept apart so multiples print exactly.
    struct Step {
        var mantissa: Int
        var exponent: Int
        var value: Double { multiple(1) }

        /// k × step, computed as an exact integer scaled by a power of ten.
        func multiple(_ k: Int) -> Double {
            let integer = Double(k * mantissa)
            return exponent >= 0 ? integer * powerOfTen(exponent) : integer / powerOfTen(-exponent)
        }
    }

    /// The "nice" number near `x`: rounding picks the closest of 1, 2, 5, 10 × 10^k, otherwise
    /// the smallest at least `x`.
    static func niceNumber(_ x: Double, rounding: Bool) -> (value: Double, step: Step) {
        let exponent = Int(floor(log10(x)))
        let fraction = x / pow(10, Double(exponent))
        let mantissa: Int
        if rounding {
            mantissa = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            mantissa = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        let step = mantissa == 10 ? Step(mantissa: 1, exponent: exponent + 1) : Step(mantissa: mantissa, exponent: exponent)
        return (step.value, step)
    }

    /// `value` as an Int, clamped far inside Int's range so conversion can never trap.
    private static func clampedInt(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int(max(-1e15, min(1e15, value)))
    }

    private static func niceStep(_ x: Double) -> Step { niceNumber(x, rounding: true).step }

    private static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(exponent, 308) { result *= 10 }
        return result
    }
}
