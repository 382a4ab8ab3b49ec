/// How the native check `expect(actual, approx: expected, tolerance:)` compares numbers.
///
/// The rule lives here, in one place, because two libraries implement `expect`: the
/// interpreter's check library (over interpreter values) and LessonKit (over compiled Swift
/// values, for `lectern run --compile`). Each turns its values into `Numbers` and asks this type
/// for the verdict, so the two cannot disagree on what passes.
public enum NumberComparison {
    /// Numbers with their shape: `[]` for a scalar, `[n]` for an array or vector, `[r, c]` for
    /// nested arrays or a matrix.
    public struct Numbers: Equatable, Sendable {
        public var shape: [Int]
        public var scalars: [Double]

        public init(shape: [Int], scalars: [Double]) {
            self.shape = shape
            self.scalars = scalars
        }

        /// Stacks equally shaped numbers (the elements of an array) along a new first axis; nil
        /// when the shapes differ.
        public static func stacked(_ elements: [Numbers]) -> Numbers? {
            var shape: [Int]?
            var scalars: [Double] = []
            scalars.reserveCapacity(elements.count)
            for inner in elements {
                guard shape == nil || shape == inner.shape else { return nil }
                shape = inner.shape
                scalars += inner.scalars
            }
            return Numbers(shape: [elements.count] + (shape ?? []), scalars: scalars)
        }
    }

    /// Why `expect` failed, in the words its verdict shows; nil fields are left out.
    public struct Mismatch: Equatable, Sendable {
        public var expected: String?
        public var actual: String?
        public var detail: String?

        public init(expected: String? = nil, actual: String? = nil, detail: String? = nil) {
            self.expected = expected
            self.actual = actual
            self.detail = detail
        }
    }

    /// The mismatch between `actual` and `expected` (nil: they agree). A side that is not a
    /// number, an array of numbers or a tensor is nil, and `describe` names it for the message.
    public static func mismatch(actual: Numbers?, expected: Numbers?, tolerance: Double,
                                describeActual: () -> String, describeExpected: () -> String) -> Mismatch? {
        guard let want = expected else {
            return Mismatch(expected: describeExpected(), actual: describeActual(),
                            detail: "the expected value is not a number, an array of numbers or a tensor")
        }
        guard let got = actual else {
            return Mismatch(expected: show(want), actual: describeActual(),
                            detail: "the actual value is not a number, an array of numbers or a tensor")
        }
        guard got.shape == want.shape else {
            return Mismatch(expected: show(want), actual: show(got),
                            detail: "shapes differ: expected \(shapeText(want.shape)), got \(shapeText(got.shape))")
        }
        guard let index = firstDifference(got.scalars, want.scalars, tolerance: tolerance) else { return nil }
        var mismatch = Mismatch()
        let fitsOnALine = show(want).count <= 120 && show(got).count <= 120
        if want.shape.isEmpty || fitsOnALine {
            mismatch.expected = show(want)
            mismatch.actual = show(got)
        } else {
            mismatch.expected = printed(want.scalars[index])
            mismatch.actual = printed(got.scalars[index])
        }
        if !want.shape.isEmpty {
            mismatch.detail = "first difference at element \(position(index, in: want.shape)) of \(shapeText(want.shape))"
        }
        return mismatch
    }

    /// The index of the first pair outside the tolerance, or nil when all agree: a pair agrees
    /// when `|actual − expected| ≤ tolerance · max(1, |expected|)` (absolute near zero, relative
    /// for large numbers). NaN agrees only with NaN; an infinity only with the same infinity.
    public static func firstDifference(_ actual: [Double], _ expected: [Double], tolerance: Double) -> Int? {
        for i in 0..<min(actual.count, expected.count) {
            let a = actual[i], e = expected[i]
            if a == e || (a.isNaN && e.isNaN) { continue }
            if a.isNaN || e.isNaN || a.isInfinite || e.isInfinite { return i }
            if abs(a - e) > tolerance * max(1, abs(e)) { return i }
        }
        return nil
    }

    /// Why a tolerance cannot be used, or nil when it is a finite number ≥ 0.
    public static func invalidTolerance(_ tolerance: Double) -> String? {
        tolerance >= 0 && tolerance.isFinite ? nil
            : "the tolerance of expect must be a finite number ≥ 0, not \(printed(tolerance))"
    }

    /// Why a check's `points:` cannot be used, or nil when it is a finite number ≥ 0.
    public static func invalidPoints(_ points: Double) -> String? {
        points.isFinite && points >= 0 ? nil : "points must be a finite number ≥ 0, not \(printed(points))"
    }

    /// A number as `print` shows it (a NaN with its sign bit set prints as `-nan`).
    public static func printed(_ x: Double) -> String {
        x.isNaN && x.sign == .minus ? "-nan" : x.description
    }

    private static func show(_ n: Numbers) -> String {
        guard !n.shape.isEmpty else { return printed(n.scalars[0]) }
        func nested(_ level: Int, _ start: Int) -> (String, Int) {
            if level == n.shape.count - 1 {
                let slice = n.scalars[start..<start + n.shape[level]]
                return ("[" + slice.map(printed).joined(separator: ", ") + "]", start + n.shape[level])
            }
            var parts: [String] = []
            var next = start
            for _ in 0..<n.shape[level] {
                let (text, after) = nested(level + 1, next)
                parts.append(text)
                next = after
            }
            return ("[" + parts.joined(separator: ", ") + "]", next)
        }
        return nested(0, 0).0
    }

    private static func shapeText(_ shape: [Int]) -> String {
        shape.isEmpty ? "a number" : "shape [" + shape.map(String.init).joined(separator: ", ") + "]"
    }

    /// A flat index as `[i, j]` in the given shape.
    private static func position(_ flat: Int, in shape: [Int]) -> String {
        var rest = flat
        var indices: [Int] = []
        for size in shape.reversed() {
            indices.append(rest % max(size, 1))
            rest /= max(size, 1)
        }
        return "[" + indices.reversed().map(String.init).joined(separator: ", ") + "]"
    }
}
