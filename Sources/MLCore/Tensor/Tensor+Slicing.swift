/// Rows, transposes and concatenation: reshaping data without arithmetic.
extension Tensor {
    /// The number of scalars in one row (the product of all axes after the first).
    var rowWidth: Int { shape.count <= 1 ? 1 : shape[1...].reduce(1, *) }

    /// Row `index` of a matrix (a vector), or element `index` of a vector (a rank-0 tensor).
    public func row(_ index: Int) throws -> Tensor {
        guard rank >= 1 else { throw MLError.invalidArgument("a rank-0 tensor has no rows") }
        guard index >= 0 && index < rowCount else {
            throw MLError.invalidArgument("row \(index) is out of range for \(rowCount) rows")
        }
        let width = rowWidth
        return Tensor(unchecked: Array(shape.dropFirst()), scalars: Array(scalars[(index * width)..<((index + 1) * width)]))
    }

    /// The rows in `range`, keeping the other axes: `x.rows(0..<32)`.
    public func rows(_ range: Range<Int>) throws -> Tensor {
        guard rank >= 1 else { throw MLError.invalidArgument("a rank-0 tensor has no rows") }
        guard range.lowerBound >= 0 && range.upperBound <= rowCount else {
            throw MLError.invalidArgument("rows \(range.lowerBound)..<\(range.upperBound) are out of range for \(rowCount) rows")
        }
        let width = rowWidth
        var newShape = shape
        newShape[0] = range.count
        return Tensor(unchecked: newShape, scalars: Array(scalars[(range.lowerBound * width)..<(range.upperBound * width)]))
    }

    /// The rows at `indices`, in that order (indices may repeat).
    public func rows(at indices: [Int]) throws -> Tensor {
        guard rank >= 1 else { throw MLError.invalidArgument("a rank-0 tensor has no rows") }
        for index in indices where index < 0 || index >= rowCount {
            throw MLError.invalidArgument("row \(index) is out of range for \(rowCount) rows")
        }
        return gatherRows(indices)
    }

    /// `rows(at:)` without the bounds check, for callers that own the indices.
    func gatherRows(_ indices: [Int]) -> Tensor {
        let width = rowWidth
        var out = [Double](repeating: 0, count: indices.count * width)
        scalars.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { o in
                guard let source = x.baseAddress, let destination = o.baseAddress else { return }
                for (r, index) in indices.enumerated() {
                    (destination + r * width).update(from: source + index * width, count: width)
                }
            }
        }
        var newShape = shape
        newShape[0] = indices.count
        return Tensor(unchecked: newShape, scalars: out)
    }

    /// Column `index` of a matrix, as a vector.
    public func column(_ index: Int) throws -> Tensor {
        guard rank == 2 else { throw MLError.invalidArgument("column(_:) needs a matrix, got shape \(describe(shape: shape))") }
        guard index >= 0 && index < shape[1] else {
            throw MLError.invalidArgument("column \(index) is out of range for \(shape[1]) columns")
        }
        return Tensor((0..<shape[0]).map { scalars[$0 * shape[1] + index] })
    }

    /// The matrix transpose; a vector or scalar is returned unchanged; higher ranks reverse their axes.
    public var transposed: Tensor {
        if rank < 2 { return self }
        if rank == 2 {
            let (m, n) = (shape[0], shape[1])
            var out = [Double](repeating: 0, count: count)
            scalars.withUnsafeBufferPointer { x in
                out.withUnsafeMutableBufferPointer { o in
                    let block = 32
                    for i0 in stride(from: 0, to: m, by: block) {
                        for j0 in stride(from: 0, to: n, by: block) {
                            for i in i0..<Swift.min(i0 + block, m) {
                                for j in j0..<Swift.min(j0 + block, n) { o[j * m + i] = x[i * n + j] }
                            }
                        }
                    }
                }
            }
            return Tensor(unchecked: [n, m], scalars: out)
        }
        let newShape = Array(shape.reversed())
        var strides = [Int](repeating: 1, count: rank)
        for axis in stride(from: rank - 2, through: 0, by: -1) { strides[axis] = strides[axis + 1] * shape[axis + 1] }
        let reversedStrides = Array(strides.reversed())
        var out = [Double](repeating: 0, count: count)
        var index = [Int](repeating: 0, count: rank)
        for position in 0..<count {
            var source = 0
            for axis in 0..<rank { source += index[axis] * reversedStrides[axis] }
            out[position] = scalars[source]
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < newShape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return Tensor(unchecked: newShape, scalars: out)
    }

    /// Joins tensors along `axis`; all other axes must agree.
    public static func concatenate(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw MLError.invalidArgument("concatenate needs at least one tensor") }
        let resolved = axis < 0 ? axis + first.rank : axis
        guard resolved >= 0 && resolved < first.rank else {
            throw MLError.invalidArgument("axis \(axis) is out of range for a tensor of shape \(describe(shape: first.shape))")
        }
        for tensor in tensors.dropFirst() {
            var a = first.shape, b = tensor.shape
            guard a.count == b.count else {
                throw MLError.shapeMismatch("cannot concatenate shapes \(describe(shape: first.shape)) and \(describe(shape: tensor.shape))")
            }
            a[resolved] = 0; b[resolved] = 0
            guard a == b else {
                throw MLError.shapeMismatch("cannot concatenate shapes \(describe(shape: first.shape)) and \(describe(shape: tensor.shape)) along axis \(resolved)")
            }
        }
        let outer = first.shape[..<resolved].reduce(1, *)
        var newShape = first.shape
        newShape[resolved] = tensors.reduce(0) { $0 + $1.shape[resolved] }
        var out = [Double]()
        out.reserveCapacity(try validate(shape: newShape))
        for i in 0..<outer {
            for tensor in tensors {
                let chunk = tensor.count / Swift.max(outer, 1)
                out.append(contentsOf: tensor.scalars[(i * chunk)..<((i + 1) * chunk)])
            }
        }
        return Tensor(unchecked: newShape, scalars: out)
    }

    /// This tensor joined with `other` along `axis`.
    public func concatenated(with other: Tensor, axis: Int = 0) throws -> Tensor {
        try Tensor.concatenate([self, other], axis: axis)
    }
}
