/// Sums, means, maxima and arg-maxima over all elements or along one axis.
extension Tensor {
    /// The sum of all elements, by numpy's pairwise summation (see `VectorKernels.pairwiseSum`).
    public func sum() -> Double { scalars.withUnsafeBufferPointer(VectorKernels.pairwiseSum) }
    /// The mean of all elements (NaN for an empty tensor).
    public func mean() -> Double { scalars.isEmpty ? .nan : sum() / Double(count) }
    /// The largest element (NaN if any is NaN, as numpy's `max`), or nil when empty.
    public func max() -> Double? { scalars.withUnsafeBufferPointer { VectorKernels.extreme($0, largest: true) } }
    /// The smallest element (NaN if any is NaN, as numpy's `min`), or nil when empty.
    public func min() -> Double? { scalars.withUnsafeBufferPointer { VectorKernels.extreme($0, largest: false) } }
    /// The row-major position of the largest element (first on ties, the first NaN if there is
    /// one, as numpy's `argmax`), or nil when empty.
    public func argmax() -> Int? {
        guard var best = scalars.first else { return nil }
        var index = 0
        for (i, value) in scalars.enumerated() {
            if value.isNaN { return i }
            if value > best { best = value; index = i }
        }
        return index
    }

    /// Splits the shape around `axis` into (outer, size, inner) counts.
    func split(axis: Int) throws -> (outer: Int, size: Int, inner: Int, axis: Int) {
        let resolved = axis < 0 ? axis + rank : axis
        guard resolved >= 0 && resolved < rank else {
            throw MLError.invalidArgument("axis \(axis) is out of range for a tensor of shape \(describe(shape: shape))")
        }
        let outer = shape[..<resolved].reduce(1, *)
        let inner = shape[(resolved + 1)...].reduce(1, *)
        return (outer, shape[resolved], inner, resolved)
    }

    /// Folds along `axis`, removing it from the shape (or keeping it as size 1).
    func reduce(axis: Int, keepingDimension: Bool, initial: Double,
                _ combine: (Double, Double) -> Double) throws -> Tensor {
        let (outer, size, inner, resolved) = try split(axis: axis)
        var out = [Double](repeating: initial, count: outer * inner)
        scalars.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { o in
                for i in 0..<outer {
                    for j in 0..<size {
                        let base = (i * size + j) * inner
                        for k in 0..<inner { o[i * inner + k] = combine(o[i * inner + k], x[base + k]) }
                    }
                }
            }
        }
        var newShape = shape
        if keepingDimension { newShape[resolved] = 1 } else { newShape.remove(at: resolved) }
        return Tensor(unchecked: newShape, scalars: out)
    }

    /// Sums along `axis` (`axis: 0` sums the rows of a matrix into one row); along the last
    /// axis each row is summed pairwise, as numpy does.
    public func sum(axis: Int, keepingDimension: Bool = false) throws -> Tensor {
        let (outer, size, inner, resolved) = try split(axis: axis)
        guard inner == 1, size > 0 else { return try reduce(axis: axis, keepingDimension: keepingDimension, initial: 0, +) }
        var newShape = shape
        if keepingDimension { newShape[resolved] = 1 } else { newShape.remove(at: resolved) }
        let sums = scalars.withUnsafeBufferPointer { x in
            (0..<outer).map { row in x.baseAddress.map { VectorKernels.pairwiseSum($0 + row * size, size) } ?? 0 }
        }
        return Tensor(unchecked: newShape, scalars: sums)
    }

    /// Means along `axis`.
    public func mean(axis: Int, keepingDimension: Bool = false) throws -> Tensor {
        let size = try split(axis: axis).size
        return try sum(axis: axis, keepingDimension: keepingDimension) / Double(size)
    }

    /// Maxima along `axis` (NaN where a NaN is among the elements, as numpy).
    public func max(axis: Int, keepingDimension: Bool = false) throws -> Tensor {
        try reduce(axis: axis, keepingDimension: keepingDimension, initial: -.infinity) { $0 >= $1 || $0.isNaN ? $0 : $1 }
    }

    /// Minima along `axis` (NaN where a NaN is among the elements, as numpy).
    public func min(axis: Int, keepingDimension: Bool = false) throws -> Tensor {
        try reduce(axis: axis, keepingDimension: keepingDimension, initial: .infinity) { $0 <= $1 || $0.isNaN ? $0 : $1 }
    }

    /// Positions of the maxima along `axis` (first on ties), as whole numbers in a tensor.
    public func argmax(axis: Int) throws -> Tensor {
        let (outer, size, inner, resolved) = try split(axis: axis)
        var out = [Double](repeating: 0, count: outer * inner)
        for i in 0..<outer {
            for k in 0..<inner {
                var best = -Double.infinity, bestIndex = 0
                for j in 0..<size {
                    let value = scalars[(i * size + j) * inner + k]
                    if value > best || j == 0 { best = value; bestIndex = j }
                }
                out[i * inner + k] = Double(bestIndex)
            }
        }
        var newShape = shape
        newShape.remove(at: resolved)
        return Tensor(unchecked: newShape, scalars: out)
    }

    /// The Euclidean norm of all elements.
    public func norm() -> Double { scalars.reduce(0) { $0 + $1 * $1 }.squareRoot() }
}
