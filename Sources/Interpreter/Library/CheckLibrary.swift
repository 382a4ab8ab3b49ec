import Foundation
import MLCore

/// One verdict of a native check (`check`, `expect(_:approx:)`, `expectEqual`), as data.
///
/// Verdicts are recorded by the bridge while a cell runs and returned in `CellOutcome.checks`;
/// nothing is read back from printed text, so a lesson (or a student) that prints `✓` proves
/// nothing. Expected and actual values are kept only for failed checks.
public struct CheckVerdict: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// `check(condition, "message")`.
        case condition
        /// `expect(actual, approx: expected, tolerance:)`.
        case approximately
        /// `expectEqual(actual, expected)`.
        case equal
    }

    public var kind: Kind
    /// The lesson's message, or a default naming the kind of check.
    public var message: String
    public var passed: Bool
    /// The `points:` argument; nil shares the rest of the exercise's points equally.
    public var points: Double?
    /// For a failed `expect`/`expectEqual`: the expected value as Swift describes it.
    public var expected: String?
    /// For a failed `expect`/`expectEqual`: the actual value.
    public var actual: String?
    /// Where arrays or tensors first differ (`element [2] of 4`), or why values could not be
    /// compared (`shapes differ: [3] and [2]`).
    public var detail: String?
    /// Where in the cell the check was called (1-based, the cell's own coordinates); nil when it
    /// was called from a function of an earlier cell.
    public var line: Int?
    public var column: Int?

    public init(kind: Kind, message: String, passed: Bool, points: Double? = nil, expected: String? = nil,
                actual: String? = nil, detail: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.line = line
        self.column = column
        self.kind = kind
        self.message = message
        self.passed = passed
        self.points = points
        self.expected = expected
        self.actual = actual
        self.detail = detail
    }
}

/// The native checks lesson code calls in `check` cells:
///
/// ```swift
/// check(nand.predict([1, 1]) == 0, "NAND(1, 1) = 0")
/// expect(softplus(0), approx: log(2.0), tolerance: 1e-12, "softplus(0) = ln 2", points: 1)
/// expectEqual(diagnose([0.7, 0.9, 1.5]), "diverging", "a rising curve diverges")
/// ```
/// `expect` compares numbers, arrays (nested too) and tensors element by element and passes
/// when every `|actual − expected| ≤ tolerance · max(1, |expected|)`: an absolute tolerance near
/// zero, a relative one for large numbers. `expectEqual` uses Swift's `==` (a lesson type's own
/// `==` included). None of them stops the cell: each records a verdict and the cell goes on, so a
/// student sees every check.
func registerCheckLibrary(_ lib: NativeLibrary) {
    lib.declare("check(_ condition: Bool, _ message: String = \"\", points: Double? = nil)") { [unowned lib] a in
        let message: String = try a[1]
        try lib.record(CheckVerdict(kind: .condition, message: message.isEmpty ? "check" : message,
                                    passed: try a[0], points: try CheckPoints.validated(try a[2])))
        return NoValue()
    }
    lib.declare("expect(_ actual: Any, approx expected: Any, tolerance: Double = 1e-9, _ message: String = \"\", points: Double? = nil)") { [unowned lib] a in
        let actual: AnyLessonValue = try a[0], expected: AnyLessonValue = try a[1]
        let tolerance: Double = try a[2], message: String = try a[3]
        guard tolerance >= 0, tolerance.isFinite else {
            throw UnlocatedError("the tolerance of expect must be a finite number ≥ 0, not \(printed(tolerance))")
        }
        var verdict = ApproximateComparison.compare(actual.value, expected.value, tolerance: tolerance)
        verdict.message = message.isEmpty ? "values agree within \(printed(tolerance))" : message
        verdict.points = try CheckPoints.validated(try a[4])
        try lib.record(verdict)
        return NoValue()
    }
    lib.declare("expectEqual(_ actual: Any, _ expected: Any, _ message: String = \"\", points: Double? = nil)") { [unowned lib] a in
        let actual: AnyLessonValue = try a[0], expected: AnyLessonValue = try a[1]
        let message: String = try a[2]
        var verdict = try EqualityComparison.compare(actual.value, expected.value)
        verdict.message = message.isEmpty ? "values are equal" : message
        verdict.points = try CheckPoints.validated(try a[3])
        try lib.record(verdict)
        return NoValue()
    }
}

extension NativeLibrary {
    /// The most verdicts one cell may record: a check inside a runaway loop ends the cell with
    /// a clear error instead of filling memory.
    static let maximumChecksPerCell = 10_000

    /// Adds a verdict to the running cell's outcome.
    fileprivate func record(_ verdict: CheckVerdict) throws {
        guard checks.count < NativeLibrary.maximumChecksPerCell else {
            throw UnlocatedError("more than \(NativeLibrary.maximumChecksPerCell) checks in one cell")
        }
        var located = verdict
        if callSite != .unknown, callSite.cell == Evaluator.current?.rt.currentCell {
            located.line = callSite.line
            located.column = callSite.column
        }
        checks.append(located)
    }
}

/// The `points:` argument of a check.
private enum CheckPoints {
    static func validated(_ points: Double?) throws -> Double? {
        guard let points else { return nil }
        guard points.isFinite, points >= 0 else {
            throw UnlocatedError("points must be a finite number ≥ 0, not \(printed(points))")
        }
        return points
    }
}

/// `expect(actual, approx: expected, tolerance:)`: numbers, arrays and tensors, element by element.
enum ApproximateComparison {
    /// Numbers with their shape: `[]` for a scalar, `[n]` for an array or vector, `[r, c]` for
    /// nested arrays or a matrix.
    struct Numbers {
        var shape: [Int]
        var scalars: [Double]
    }

    static func compare(_ actual: Value, _ expected: Value, tolerance: Double) -> CheckVerdict {
        var verdict = CheckVerdict(kind: .approximately, message: "", passed: false)
        guard let want = numbers(expected) else {
            verdict.detail = "the expected value is not a number, an array of numbers or a tensor"
            verdict.expected = describe(expected)
            verdict.actual = describe(actual)
            return verdict
        }
        guard let got = numbers(actual) else {
            verdict.detail = "the actual value is not a number, an array of numbers or a tensor"
            verdict.expected = show(want)
            verdict.actual = describe(actual)
            return verdict
        }
        guard got.shape == want.shape else {
            verdict.detail = "shapes differ: expected \(shapeText(want.shape)), got \(shapeText(got.shape))"
            verdict.expected = show(want)
            verdict.actual = show(got)
            return verdict
        }
        guard let index = firstDifference(got.scalars, want.scalars, tolerance: tolerance) else {
            verdict.passed = true
            return verdict
        }
        let fitsOnALine = show(want).count <= 120 && show(got).count <= 120
        if want.shape.isEmpty || fitsOnALine {
            verdict.expected = show(want)
            verdict.actual = show(got)
        } else {
            verdict.expected = printed(want.scalars[index])
            verdict.actual = printed(got.scalars[index])
        }
        if !want.shape.isEmpty {
            verdict.detail = "first difference at element \(position(index, in: want.shape)) of \(shapeText(want.shape))"
        }
        return verdict
    }

    /// The index of the first pair outside the tolerance, or nil when all agree. NaN agrees only
    /// with NaN; an infinity only with the same infinity.
    static func firstDifference(_ actual: [Double], _ expected: [Double], tolerance: Double) -> Int? {
        for i in 0..<min(actual.count, expected.count) {
            let a = actual[i], e = expected[i]
            if a == e || (a.isNaN && e.isNaN) { continue }
            if a.isNaN || e.isNaN || a.isInfinite || e.isInfinite { return i }
            if abs(a - e) > tolerance * max(1, abs(e)) { return i }
        }
        return nil
    }

    static func numbers(_ v: Value) -> Numbers? {
        switch v {
        case .int(let n): return Numbers(shape: [], scalars: [Double(n)])
        case .double(let d): return Numbers(shape: [], scalars: [d])
        case .float(let f): return Numbers(shape: [], scalars: [Double(f)])
        case .some(let wrapped): return numbers(wrapped)
        case .native:
            guard let t = Tensor.fromValue(v) else { return nil }
            return Numbers(shape: t.shape, scalars: t.scalars)
        case .array(let elements):
            var shape: [Int]?
            var scalars: [Double] = []
            scalars.reserveCapacity(elements.count)
            for e in elements {
                guard let inner = numbers(e), shape == nil || shape == inner.shape else { return nil }
                shape = inner.shape
                scalars += inner.scalars
            }
            return Numbers(shape: [elements.count] + (shape ?? []), scalars: scalars)
        default: return nil
        }
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

    fileprivate static func describe(_ v: Value) -> String {
        guard let ev = Evaluator.current else { return v.typeName }
        return (try? ev.describer.debugDescription(v, top: true)) ?? v.typeName
    }
}

/// `expectEqual(actual, expected)`: Swift's `==`, including a lesson type's own.
enum EqualityComparison {
    static func compare(_ actual: Value, _ expected: Value) throws -> CheckVerdict {
        var verdict = CheckVerdict(kind: .equal, message: "", passed: false)
        verdict.passed = try equal(actual, expected)
        if !verdict.passed {
            verdict.expected = ApproximateComparison.describe(expected)
            verdict.actual = ApproximateComparison.describe(actual)
            if case .function = actual { verdict.detail = "the actual value is a function; did you forget to call it?" }
        }
        return verdict
    }

    private static func equal(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int, .double), (.double, .int), (.none, _), (_, .none):
            return valuesEqual(a, b)
        default:
            guard let ev = Evaluator.current else { return valuesEqual(a, b) }
            do {
                if case .bool(let equal) = try ev.binary(.eq, a, b, false, false, loc: .unknown) { return equal }
                return false
            } catch let error as LecternError {
                // Values `==` cannot compare (an Int and a String) are simply not equal; a budget
                // running out inside a lesson's own `==` still ends the cell.
                if error.message.hasPrefix("binary operator") { return false }
                throw error
            }
        }
    }
}
