/// Wall-clock time since the stopwatch was made, for lessons that report how long training took.
///
/// Lesson code has no clock of its own (results must be reproducible, and `Date` is outside the
/// subset); a stopwatch gives elapsed seconds only, so a lesson can print a training time without
/// a doctest depending on it.
public struct Stopwatch: Sendable, CustomStringConvertible {
    private let start: UInt64

    /// Starts timing now.
    public init() { start = Budget.now() }

    /// Seconds since `init`.
    public var seconds: Double { Double(Budget.now() &- start) / 1e9 }

    public var description: String { "Stopwatch(\(seconds) s)" }
}
