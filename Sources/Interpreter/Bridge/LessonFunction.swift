import Foundation

/// A lesson closure or function handed to native code (an optimiser minimising `f`, a training
/// callback), which native code can call back.
///
/// ```swift
/// lib.function("minimize", labels: [nil, "from"]) { (f: LessonFunction, x0: Double) throws in
///     try gradientDescent({ try f.callAsFunction($0) }, start: x0)
/// }
/// ```
struct LessonFunction: Bridgeable {
    let value: Value
    let evaluator: Evaluator

    static var bridgedTypeName: String { "function" }

    static func fromValue(_ v: Value) -> LessonFunction? {
        guard case .function = v, let ev = Evaluator.current else { return nil }
        return LessonFunction(value: v, evaluator: ev)
    }

    var asValue: Value { value }

    /// Calls the lesson function; its runtime errors and budgets apply as usual.
    func call(_ args: [Value]) throws -> Value {
        try evaluator.callFunction(value, args, loc: .unknown)
    }

    func callAsFunction(_ x: Double) throws -> Double {
        let r = try call([.double(x)])
        guard let d = Double.fromValue(r) else { throw UnlocatedError("the function must return a Double, not '\(r.typeName)'") }
        return d
    }

    func callAsFunction(_ xs: [Double]) throws -> Double {
        let r = try call([.array(xs.map { .double($0) })])
        guard let d = Double.fromValue(r) else { throw UnlocatedError("the function must return a Double, not '\(r.typeName)'") }
        return d
    }
}

extension Evaluator {
    private static let threadKey = "lectern.interpreter.evaluator"

    /// The evaluator running a cell on this thread (for native code calling back into lessons).
    static var current: Evaluator? {
        get { Thread.current.threadDictionary[threadKey] as? Evaluator }
        set { Thread.current.threadDictionary[threadKey] = newValue }
    }
}
