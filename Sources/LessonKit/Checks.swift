import Checks
import Foundation
import MLCore

// The native checks of `check` cells, for compiled lessons. As in the interpreter, a check never
// stops the cell: its verdict is recorded (and reported in the cell's end record, see
// `CompiledCells`), and a failed one is also described on standard error.

/// Records `condition` as a check's verdict.
public func check(_ condition: Bool, _ message: String = "", points: Double? = nil) {
    record(condition, message.isEmpty ? "check" : message, points: points)
}

/// Records whether `actual` equals `expected` within `tolerance · max(1, |expected|)`, element by
/// element for arrays (nested too) and tensors; the rule is `NumberComparison`'s, as in the
/// interpreter.
public func expect(_ actual: Any, approx expected: Any, tolerance: Double = 1e-9, _ message: String = "",
                   points: Double? = nil) {
    if let problem = NumberComparison.invalidTolerance(tolerance) { CompiledCells.fail(CheckError(problem)) }
    let mismatch = NumberComparison.mismatch(actual: numbers(actual), expected: numbers(expected), tolerance: tolerance,
                                             describeActual: { String(reflecting: actual) },
                                             describeExpected: { String(reflecting: expected) })
    var text = message.isEmpty ? "values agree within \(NumberComparison.printed(tolerance))" : message
    if let mismatch {
        text += ": expected \(mismatch.expected ?? "?"), got \(mismatch.actual ?? "?")"
        if let detail = mismatch.detail { text += " (\(detail))" }
    }
    record(mismatch == nil, text, points: points)
}

/// Records whether `actual == expected`.
public func expectEqual<T: Equatable>(_ actual: T, _ expected: T, _ message: String = "", points: Double? = nil) {
    let equal = actual == expected
    var text = message.isEmpty ? "values are equal" : message
    if !equal { text += ": expected \(String(reflecting: expected)), got \(String(reflecting: actual))" }
    record(equal, text, points: points)
}

private func record(_ passed: Bool, _ message: String, points: Double?) {
    if let points, let problem = NumberComparison.invalidPoints(points) { CompiledCells.fail(CheckError(problem)) }
    CompiledCells.verdicts.append(passed)
    if !passed { FileHandle.standardError.write(Data("check failed: \(message)\n".utf8)) }
}

/// Numbers, arrays of numbers (nested too) and tensors as `NumberComparison` compares them.
private func numbers(_ value: Any) -> NumberComparison.Numbers? {
    switch value {
    case let n as Int: return .init(shape: [], scalars: [Double(n)])
    case let d as Double: return .init(shape: [], scalars: [d])
    case let f as Float: return .init(shape: [], scalars: [Double(f)])
    case let t as Tensor: return .init(shape: t.shape, scalars: t.scalars)
    case let elements as [Any]:
        var inner: [NumberComparison.Numbers] = []
        for element in elements {
            guard let n = numbers(element) else { return nil }
            inner.append(n)
        }
        return .stacked(inner)
    default:
        // An Optional holding a number compares as the number, as in the interpreter.
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value else { return nil }
        return numbers(wrapped)
    }
}

private struct CheckError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
