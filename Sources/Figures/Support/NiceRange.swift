import Foundation

/// `range` widened outward to whole "nice" ticks (1, 2 or 5 × 10^k), as a chart axis would be.
///
/// Plots draws a shaded grid only where it has samples but chooses its axes by Heckbert's
/// nice-number rule, so a grid spanning exactly the data leaves blank bands between its edge and
/// the axes. Rounding the grid's own range outward by the same rule (about `ticks` ticks: Plots
/// asks for 6 on x and 5 on y) makes the shading fill the plot area. Should the axes ever be
/// chosen differently, the cost is only those blank bands again, never wrong data.
func niceRange(_ range: ClosedRange<Double>, ticks: Int) -> ClosedRange<Double> {
    let span = range.upperBound - range.lowerBound
    guard span > 0, span.isFinite else { return range }
    let step = niceNumber(niceNumber(span, rounding: false) / Double(max(1, ticks - 1)), rounding: true)
    var low = (range.lowerBound / step).rounded(.down) * step
    var high = (range.upperBound / step).rounded(.up) * step
    // A bound already on a tick, give or take floating error, stays where it is.
    if low + step <= range.lowerBound + 1e-9 * step { low += step }
    if high - step >= range.upperBound - 1e-9 * step { high -= step }
    return low...high
}

/// The nice number near `x`: the closest of 1, 2, 5, 10 × 10^k when rounding, otherwise the
/// smallest of them that is at least `x`.
private func niceNumber(_ x: Double, rounding: Bool) -> Double {
    let exponent = floor(log10(x))
    let power = pow(10, exponent)
    let fraction = x / power
    let mantissa: Double
    if rounding {
        mantissa = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
    } else {
        mantissa = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
    }
    return mantissa * power
}
