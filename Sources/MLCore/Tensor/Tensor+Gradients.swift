/// Helpers for the tape's backward steps: element-wise maps of equal-shaped tensors, in-place
/// accumulation, and undoing a broadcast by summing.
extension Tensor {
    /// `body(aᵢ, bᵢ)` for two tensors of one shape (callers guarantee it), written straight into
    /// a new buffer in one pass.
    @inline(__always)
    static func zipped(_ a: Tensor, _ b: Tensor, _ body: (Double, Double) -> Double) -> Tensor {
        let count = a.count
        let out = [Double](unsafeUninitializedCapacity: count) { o, initialized in
            a.scalars.withUnsafeBufferPointer { x in
                b.scalars.withUnsafeBufferPointer { y in
                    for i in 0..<count { o[i] = body(x[i], y[i]) }
                }
            }
            initialized = count
        }
        return Tensor(unchecked: a.shape, scalars: out)
    }

    /// `body(aᵢ, bᵢ, cᵢ)` for three tensors of one shape, in one pass.
    @inline(__always)
    static func zipped(_ a: Tensor, _ b: Tensor, _ c: Tensor, _ body: (Double, Double, Double) -> Double) -> Tensor {
        let count = a.count
        let out = [Double](unsafeUninitializedCapacity: count) { o, initialized in
            a.scalars.withUnsafeBufferPointer { x in
                b.scalars.withUnsafeBufferPointer { y in
                    c.scalars.withUnsafeBufferPointer { z in
                        for i in 0..<count { o[i] = body(x[i], y[i], z[i]) }
                    }
                }
            }
            initialized = count
        }
        return Tensor(unchecked: a.shape, scalars: out)
    }

    /// Adds `other` (of the same shape) element by element, without a new buffer when this
    /// tensor's storage is not shared.
    mutating func addInPlace(_ other: Tensor) {
        scalars.withUnsafeMutableBufferPointer { o in
            other.scalars.withUnsafeBufferPointer { y in
                for i in 0..<o.count { o[i] += y[i] }
            }
        }
    }

    /// The sum of this tensor over the axes along which a tensor of `target` shape was broadcast
    /// to this one's: the gradient of a broadcast operand. `target` must broadcast to `shape`.
    func summed(toShape target: [Int]) -> Tensor {
        if shape == target { return self }
        let targetCount = target.reduce(1, *)
        if targetCount == 1 { return Tensor(unchecked: target, scalars: [sum()]) }
        var out = [Double](repeating: 0, count: targetCount)
        // The common case, a bias row broadcast down the rows of a batch: column sums.
        var trimmed = target[...]
        while trimmed.first == 1 { trimmed = trimmed.dropFirst() }
        let isRow = target.count == 1 && shape.count == 2 && shape[1] == target[0]
        if isRow || (trimmed.count <= shape.count && shape.suffix(trimmed.count).elementsEqual(trimmed)) {
            scalars.withUnsafeBufferPointer { x in
                out.withUnsafeMutableBufferPointer { o in
                    for start in stride(from: 0, to: x.count, by: targetCount) {
                        for j in 0..<targetCount { o[j] += x[start + j] }
                    }
                }
            }
            return Tensor(unchecked: target, scalars: out)
        }
        let strides = Tensor.broadcastStrides(target, to: shape)
        var index = [Int](repeating: 0, count: shape.count)
        var position = 0
        for value in scalars {
            out[position] += value
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1
                position += strides[axis]
                if index[axis] < shape[axis] { break }
                position -= strides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        return Tensor(unchecked: target, scalars: out)
    }
}
