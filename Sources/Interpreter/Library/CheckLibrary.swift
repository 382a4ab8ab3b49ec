import Checks
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
        if let problem = NumberComparison.invalidTolerance(tolerance) { throw UnlocatedError(problem) }
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
        if let problem = NumberComparison.invalidPoints(points) { throw UnlocatedError(problem) }
        return points
    }
}

/// `expect(actual, approx: expected, tolerance:)` over interpreter values: numbers, arrays and
/// tensors become `NumberComparison.Numbers`, and the shared rule decides (LessonKit's `expect`
/// uses the same one).
enum ApproximateComparison {
    static func compare(_ actual: Value, _ expected: Value, tolerance: Double) -> CheckVerdict {
        var verdict = CheckVerdict(kind: .approximately, message: "", passed: true)
        if let mismatch = NumberComparison.mismatch(actual: numbers(actual), expected: numbers(expected), tolerance: tolerance,
                                                    describeActual: { describe(actual) }, describeExpected: { describe(expected) }) {
            verdict.passed = false
            verdict.expected = mismatch.expected
            verdict.actual = mismatch.actual
            verdict.detail = mismatch.detail
        }
        return verdict
    }

    static func numbers(_ v: Value) -> NumberComparison.Numbers? {
        switch v {
        case .int(let n): return .init(shape: [], scalars: [Double(n)])
        case .double(let d): return .init(shape: [], scalars: [d])
        case .float(let f): return .init(shape: [], scalars: [Double(f)])
        case .some(let wrapped): return numbers(wrapped)
        case .native:
            guard let t = Tensor.fromValue(v) else { return nil }
            return .init(shape: t.shape, scalars: t.scalars)
        case .array(let elements):
            var inner: [NumberComparison.Numbers] = []
            inner.reserveCapacity(elements.count)
            for e in elements {
                guard let n = numbers(e) else { return nil }
                inner.append(n)
            }
            return .stacked(inner)
        default: return nil
        }
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
