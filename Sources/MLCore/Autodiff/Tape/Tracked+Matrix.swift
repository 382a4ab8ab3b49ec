/// Matrix products, the affine map of a dense layer, and the operations that move elements
/// without arithmetic (transpose, reshape, column slices, picking one column per row, joining).
extension Tracked {
    /// The matrix product, with `Tensor.matmul`'s shapes (matrix·matrix, matrix·vector,
    /// vector·matrix, vector·vector). ∂A = G·Bᵀ and ∂B = Aᵀ·G, vectors read as a row (left) or a
    /// column (right).
    public func matmul(_ other: Tracked) throws -> Tracked {
        try sameTape(other, "multiply")
        let a = value, b = other.value
        let result = try a.matmul(b)
        let m = a.rank == 2 ? a.shape[0] : 1
        let n = b.rank == 2 ? b.shape[1] : 1
        let aMatrix = a.rank == 2 ? a : Tensor(unchecked: [1, a.count], scalars: a.scalars)
        let bMatrix = b.rank == 2 ? b : Tensor(unchecked: [b.count, 1], scalars: b.scalars)
        return tape.record(result, from: self, other) { [input = self.index, other = other.index] g, tape in
            let gMatrix = Tensor(unchecked: [m, n], scalars: g.scalars)
            tape.accumulate(Tensor(unchecked: a.shape, scalars: Tensor.product(gMatrix, transposed: false, bMatrix, transposed: true).scalars), into: input)
            tape.accumulate(Tensor(unchecked: b.shape, scalars: Tensor.product(aMatrix, transposed: true, gMatrix, transposed: false).scalars), into: other)
        }
    }

    /// f(X·Wᵀ + b) for a batch X [rows, inputs], weights W [outputs, inputs], bias b [outputs]
    /// and an activation f (the identity by default): a dense layer, as PyTorch's `F.linear`
    /// followed by f.
    ///
    /// One operation rather than `matmul`, `transposed`, `+` and f, because the products it needs
    /// forwards (X·Wᵀ) and backwards (Gᵀ·X, G·W) read W and G transposed in place (no transposed
    /// copy is made), f is applied in place and differentiated from its output (no second node,
    /// no copy of z), the bias gradient is the column sums of ∂z, and the input's gradient is
    /// skipped when nothing upstream needs it. Softmax and the step, whose derivatives are not
    /// element-wise in the output, are recorded as a node of their own after the affine map.
    public func linear(weights: Tracked, bias: Tracked, activation: Activation = .identity) throws -> Tracked {
        try sameTape(weights, "multiply"); try sameTape(bias, "add")
        let x = value, w = weights.value, b = bias.value
        guard w.rank == 2, b.rank == 1, b.count == w.shape[0] else {
            throw MLError.shapeMismatch("linear needs weights [outputs, inputs] and a bias [outputs], got \(describe(shape: w.shape)) and \(describe(shape: b.shape))")
        }
        guard x.rank == 2, x.shape[1] == w.shape[1] else {
            throw MLError.shapeMismatch("linear takes rows of \(w.shape[1]) inputs, got shape \(describe(shape: x.shape))")
        }
        guard activation.differentiatesFromOutput else {
            return activation(try linear(weights: weights, bias: bias))
        }
        try Tensor.validate(shape: [x.shape[0], w.shape[0]])
        var y = Tensor.affine(x, weights: w, bias: b)
        activation.applyInPlace(&y)
        if let exceeded = Budget.current?.exceeded { throw exceeded }
        return tape.record(y, from: self, weights, bias) { [weights = weights.index, bias = bias.index, input = self.index] g, tape in
            let dz = activation.gradient(g, output: y)
            tape.accumulate(Tensor.product(dz, transposed: true, x, transposed: false), into: weights)
            tape.accumulate(dz.columnSums, into: bias)
            tape.accumulate(Tensor.product(dz, transposed: false, w, transposed: false), into: input)
        }
    }

    /// The transpose (a vector or scalar unchanged; higher ranks reverse their axes).
    public var transposed: Tracked {
        tape.record(value.transposed, from: self) { [input = self.index] g, tape in tape.accumulate(g.transposed, into: input) }
    }

    /// The same elements with another shape (one axis may be −1).
    public func reshaped(_ newShape: [Int]) throws -> Tracked {
        let shape = self.shape
        return tape.record(try value.reshaped(newShape), from: self) { [input = self.index] g, tape in
            tape.accumulate(Tensor(unchecked: shape, scalars: g.scalars), into: input)
        }
    }

    /// Columns `range` of a matrix: `q.columns(0..<2)`.
    public func columns(_ range: Range<Int>) throws -> Tracked {
        let x = value
        guard x.rank == 2 else { throw MLError.invalidArgument("columns(_:) needs a matrix, got shape \(describe(shape: x.shape))") }
        let (rows, width) = (x.shape[0], x.shape[1])
        guard range.lowerBound >= 0 && range.upperBound <= width else {
            throw MLError.invalidArgument("columns \(range.lowerBound)..<\(range.upperBound) are out of range for \(width) columns")
        }
        var out = [Double]()
        out.reserveCapacity(rows * range.count)
        for r in 0..<rows { out.append(contentsOf: x.scalars[(r * width + range.lowerBound)..<(r * width + range.upperBound)]) }
        return tape.record(Tensor(unchecked: [rows, range.count], scalars: out), from: self) { [input = self.index] g, tape in
            var dx = [Double](repeating: 0, count: x.count)
            for r in 0..<rows {
                for c in 0..<range.count { dx[r * width + range.lowerBound + c] = g.scalars[r * range.count + c] }
            }
            tape.accumulate(Tensor(unchecked: x.shape, scalars: dx), into: input)
        }
    }

    /// Column `index` of a matrix, as a vector (as `Tensor.column`).
    public func column(_ index: Int) throws -> Tracked {
        guard value.rank == 2 else { throw MLError.invalidArgument("column(_:) needs a matrix, got shape \(describe(shape: shape))") }
        return try columns(index..<(index + 1)).reshaped([value.shape[0]])
    }

    /// One element per row of a matrix, from the column each row names: `x[i, columns[i]]`,
    /// a vector. Cross-entropy picks −log pᵢ,yᵢ this way; Q-learning the value of the action taken.
    public func picked(columnPerRow columns: [Int]) throws -> Tracked {
        let x = value
        guard x.rank == 2 else { throw MLError.invalidArgument("picked(columnPerRow:) needs a matrix, got shape \(describe(shape: x.shape))") }
        let (rows, width) = (x.shape[0], x.shape[1])
        guard columns.count == rows else {
            throw MLError.shapeMismatch("picked(columnPerRow:) needs one column per row: \(rows) rows, \(columns.count) columns")
        }
        for column in columns where column < 0 || column >= width {
            throw MLError.invalidArgument("column \(column) is out of range for \(width) columns")
        }
        let picked = (0..<rows).map { x.scalars[$0 * width + columns[$0]] }
        return tape.record(Tensor(picked), from: self) { [input = self.index] g, tape in
            var dx = [Double](repeating: 0, count: x.count)
            for r in 0..<rows { dx[r * width + columns[r]] = g.scalars[r] }
            tape.accumulate(Tensor(unchecked: x.shape, scalars: dx), into: input)
        }
    }

    /// Joins tracked tensors along `axis`, as `Tensor.concatenate`; each gets its slice of the gradient.
    public static func concatenate(_ parts: [Tracked], axis: Int = 0) throws -> Tracked {
        guard let first = parts.first else { throw MLError.invalidArgument("concatenate needs at least one tensor") }
        for part in parts.dropFirst() { try first.sameTape(part, "concatenate") }
        let values = parts.map(\.value)
        let result = try Tensor.concatenate(values, axis: axis)
        let resolved = axis < 0 ? axis + first.value.rank : axis
        let outer = first.value.shape[..<resolved].reduce(1, *)
        let indices = parts.map(\.index)
        return first.tape.record(result, fromAll: parts) { g, tape in
            // Each outer slice of the result holds every part's chunk in turn.
            var offset = 0
            let chunks = values.map { $0.count / Swift.max(outer, 1) }
            var pieces = values.map { [Double](repeating: 0, count: $0.count) }
            for i in 0..<outer {
                for (p, chunk) in chunks.enumerated() {
                    for c in 0..<chunk { pieces[p][i * chunk + c] = g.scalars[offset + c] }
                    offset += chunk
                }
            }
            for (p, index) in indices.enumerated() {
                tape.accumulate(Tensor(unchecked: values[p].shape, scalars: pieces[p]), into: index)
            }
        }
    }
}

extension Tensor {
    /// X·Wᵀ + b for a batch X [rows, inputs] whose shape the caller has checked against W [outputs, inputs].
    static func affine(_ input: Tensor, weights: Tensor, bias: Tensor) -> Tensor {
        var z = Tensor.product(input, transposed: false, weights, transposed: true)
        let outputs = weights.shape[0]
        bias.scalars.withUnsafeBufferPointer { b in
            z.scalars.withUnsafeMutableBufferPointer { out in
                for start in stride(from: 0, to: out.count, by: outputs) {
                    for j in 0..<outputs { out[start + j] += b[j] }
                }
            }
        }
        return z
    }

    /// The sum of each column of a matrix, as a vector: a bias's gradient from its layer's ∂z.
    ///
    /// Four columns at a time down the rows, each column summed from 0 in row order, as a plain
    /// loop would (so the same results): a bias gradient is taken every training step.
    var columnSums: Tensor {
        let columns = shape[1], rows = shape[0]
        let out = [Double](unsafeUninitializedCapacity: columns) { o, initialized in
            scalars.withUnsafeBufferPointer { x in
                guard let target = o.baseAddress else { return }
                guard let source = x.baseAddress, rows > 0 else { target.initialize(repeating: 0, count: columns); return }
                let raw = UnsafeRawPointer(source)
                var j = 0
                while j + 4 <= columns {
                    var total = SIMD4<Double>()
                    for r in 0..<rows { total += raw.loadUnaligned(fromByteOffset: (r * columns + j) * 8, as: SIMD4<Double>.self) }
                    UnsafeMutableRawPointer(target + j).storeBytes(of: total, as: SIMD4<Double>.self)
                    j += 4
                }
                while j < columns {
                    var total = 0.0
                    for r in 0..<rows { total += source[r * columns + j] }
                    target[j] = total
                    j += 1
                }
            }
            initialized = columns
        }
        return Tensor(unchecked: [columns], scalars: out)
    }
}
