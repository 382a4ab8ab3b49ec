/// Checks shared by the figure functions; each throws `FigureError` with the caller's wording.

/// Throws `FigureError(message)` unless `condition` holds.
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw FigureError(message()) }
}

/// Checks that `count` lies in `allowed`, naming the option: "resolution must be 2…500, got 1".
func requireCount(_ count: Int, in allowed: ClosedRange<Int>, name: String) throws {
    try require(allowed.contains(count), "\(name) must be between \(allowed.lowerBound) and \(allowed.upperBound), got \(count)")
}

/// Checks that a range has finite, distinct ends: a plot needs a width to draw into.
func requireDrawable(_ range: ClosedRange<Double>, name: String) throws {
    try require(range.lowerBound.isFinite && range.upperBound.isFinite && range.lowerBound < range.upperBound,
                "\(name) must have two different finite ends, got \(range.lowerBound)...\(range.upperBound)")
}

/// `count` evenly spaced numbers from `range`'s lower to its upper end, both included.
///
/// Computed as lower + i·step (not by repeated addition) so the ends are exact and a symmetric
/// range with an odd count samples 0 exactly.
func evenlySpaced(_ range: ClosedRange<Double>, count: Int) -> [Double] {
    guard count > 1 else { return [(range.lowerBound + range.upperBound) / 2] }
    let step = (range.upperBound - range.lowerBound) / Double(count - 1)
    return (0..<count).map { $0 == count - 1 ? range.upperBound : range.lowerBound + Double($0) * step }
}

/// Names for `count` series: the given ones, or "`prefix` 1", "`prefix` 2", … when none are given.
///
/// `what` is the plural noun for the error message ("histories", "series").
func seriesNames(_ names: [String], count: Int, prefix: String, what: String) throws -> [String] {
    if names.isEmpty { return (0..<count).map { "\(prefix) \($0 + 1)" } }
    try require(names.count == count,
                "got \(count) \(what) but \(names.count) name\(names.count == 1 ? "" : "s"); give one name for each, in the same order")
    return names
}
