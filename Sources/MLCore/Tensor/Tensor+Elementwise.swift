/// Element-wise arithmetic with numpy-style broadcasting, and element-wise functions.
extension Tensor {
    /// The shape two tensors broadcast to, or an error naming both shapes.
    static func broadcastShape(_ a: [Int], _ b: [Int], operation: String) throws -> [Int] {
        let rank = Swift.max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let x = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let y = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if x == y || y == 1 { result[i] = x } else if x == 1 { result[i] = y } else {
                throw MLError.shapeMismatch("cannot \(operation) tensors of shapes \(describe(shape: a)) and \(describe(shape: b))")
            }
        }
        return result
    }

    /// Combines two tensors element by element, broadcasting as numpy does.
    static func combine(_ a: Tensor, _ b: Tensor, operation: String,
                        _ body: (Double, Double) -> Double) throws -> Tensor {
        if a.shape == b.shape {
            var out = a.scalars
            out.withUnsafeMutableBufferPointer { o in
                b.scalars.withUnsafeBufferPointer { y in
                    for i in 0..<o.count { o[i] = body(o[i], y[i]) }
                }
            }
            return Tensor(unchecked: a.shape, scalars: out)
        }
        if b.count == 1 && b.rank <= a.rank {
            let y = b.scalars[0]
            return Tensor(unchecked: a.shape, scalars: a.scalars.map { body($0, y) })
        }
        if a.count == 1 && a.rank <= b.rank {
            let x = a.scalars[0]
            return Tensor(unchecked: b.shape, scalars: b.scalars.map { body(x, $0) })
        }
        let shape = try broadcastShape(a.shape, b.shape, operation: operation)
        let total = try validate(shape: shape)
        let aStrides = broadcastStrides(a.shape, to: shape)
        let bStrides = broadcastStrides(b.shape, to: shape)
        var out = [Double](repeating: 0, count: total)
        guard total > 0 else { return Tensor(unchecked: shape, scalars: out) }
        var index = [Int](repeating: 0, count: shape.count)
        var ai = 0, bi = 0
        a.scalars.withUnsafeBufferPointer { x in
            b.scalars.withUnsafeBufferPointer { y in
                for position in 0..<total {
                    out[position] = body(x[ai], y[bi])
                    var axis = shape.count - 1
                    while axis >= 0 {
                        index[axis] += 1
                        ai += aStrides[axis]; bi += bStrides[axis]
                        if index[axis] < shape[axis] { break }
                        ai -= aStrides[axis] * shape[axis]; bi -= bStrides[axis] * shape[axis]
                        index[axis] = 0
                        axis -= 1
                    }
                }
            }
        }
        return Tensor(unchecked: shape, scalars: out)
    }

    /// Row-major strides of `shape` aligned to `target`, 0 along broadcast axes.
    static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
        var strides = [Int](repeating: 0, count: target.count)
        var step = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            let axis = i + target.count - shape.count
            strides[axis] = shape[i] == 1 ? 0 : step
            step *= shape[i]
        }
        return strides
    }

    public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor { try combine(lhs, rhs, operation: "add", +) }
    public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor { try combine(lhs, rhs, operation: "subtract", -) }
    public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor { try combine(lhs, rhs, operation: "multiply", *) }
    public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor { try combine(lhs, rhs, operation: "divide", /) }

    public static func + (lhs: Tensor, rhs: Double) -> Tensor { lhs.map { $0 + rhs } }
    public static func - (lhs: Tensor, rhs: Double) -> Tensor { lhs.map { $0 - rhs } }
    public static func * (lhs: Tensor, rhs: Double) -> Tensor { lhs.map { $0 * rhs } }
    public static func / (lhs: Tensor, rhs: Double) -> Tensor { lhs.map { $0 / rhs } }
    public static func + (lhs: Double, rhs: Tensor) -> Tensor { rhs.map { lhs + $0 } }
    public static func - (lhs: Double, rhs: Tensor) -> Tensor { rhs.map { lhs - $0 } }
    public static func * (lhs: Double, rhs: Tensor) -> Tensor { rhs.map { lhs * $0 } }
    public static func / (lhs: Double, rhs: Tensor) -> Tensor { rhs.map { lhs / $0 } }
    public static prefix func - (operand: Tensor) -> Tensor { operand.map { -$0 } }

    public static func += (lhs: inout Tensor, rhs: Double) { lhs = lhs + rhs }
    public static func -= (lhs: inout Tensor, rhs: Double) { lhs = lhs - rhs }
    public static func *= (lhs: inout Tensor, rhs: Double) { lhs = lhs * rhs }
    public static func /= (lhs: inout Tensor, rhs: Double) { lhs = lhs / rhs }
    public static func += (lhs: inout Tensor, rhs: Tensor) throws { lhs = try lhs + rhs }
    public static func -= (lhs: inout Tensor, rhs: Tensor) throws { lhs = try lhs - rhs }
    public static func *= (lhs: inout Tensor, rhs: Tensor) throws { lhs = try lhs * rhs }
    public static func /= (lhs: inout Tensor, rhs: Tensor) throws { lhs = try lhs / rhs }

    /// A tensor of the same shape with `transform` applied to every element.
    public func map(_ transform: (Double) throws -> Double) rethrows -> Tensor {
        Tensor(unchecked: shape, scalars: try scalars.map(transform))
    }

    /// Element-wise eˣ (eight lanes at a time where the CPU allows, see `VectorKernels.exp`).
    public var exp: Tensor { mapped(VectorKernels.exp(_:into:count:)) }
    /// Element-wise natural logarithm.
    public var log: Tensor { map { Foundation.log($0) } }
    /// Element-wise square root.
    public var squareRoot: Tensor { map { $0.squareRoot() } }
    /// Element-wise square.
    public var squared: Tensor { map { $0 * $0 } }
    /// Element-wise absolute value.
    public var magnitude: Tensor { map { Swift.abs($0) } }
    /// Element-wise hyperbolic tangent (see `VectorKernels.tanh`).
    public var tanh: Tensor { mapped(VectorKernels.tanh(_:into:count:)) }
    /// Element-wise logistic sigmoid 1 / (1 + e⁻ˣ).
    public var sigmoid: Tensor { mapped(VectorKernels.sigmoid(_:into:count:)) }

    /// The result of a vector kernel that maps `count` elements from one buffer into another.
    func mapped(_ kernel: (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void) -> Tensor {
        let out = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            scalars.withUnsafeBufferPointer { x in
                if let source = x.baseAddress, let target = buffer.baseAddress { kernel(source, target, x.count) }
            }
            initialized = count
        }
        return Tensor(unchecked: shape, scalars: out)
    }
    /// Element-wise max(0, x), keeping a NaN as numpy does.
    public var relu: Tensor {
        var out = self
        out.scalars.withUnsafeMutableBufferPointer { reluInPlace($0) }
        return out
    }
    /// Element-wise power.
    public func power(_ exponent: Double) -> Tensor { map { Foundation.pow($0, exponent) } }
    /// Element-wise clamp into [low, high].
    public func clamped(_ low: Double, _ high: Double) -> Tensor { map { Swift.min(Swift.max($0, low), high) } }
}

/// The logistic sigmoid computed without overflow for large |x|.
@inline(__always)
func stableSigmoid(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
    let e = Foundation.exp(x)
    return e / (1 + e)
}

import Foundation
