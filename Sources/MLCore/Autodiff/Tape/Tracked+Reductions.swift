/// Sums and means of tracked tensors, over everything or along one axis: the backward step
/// spreads the gradient back over the summed elements.
extension Tracked {
    /// The sum of all elements, as a rank-0 tensor.
    public func sum() -> Tracked {
        let shape = self.shape, count = value.count
        return tape.record(Tensor(scalar: value.sum()), from: self) { [input = self.index] g, tape in
            tape.accumulate(Tensor(unchecked: shape, scalars: Array(repeating: g.scalars[0], count: count)), into: input)
        }
    }

    /// The mean of all elements, as a rank-0 tensor (NaN for an empty tensor).
    public func mean() -> Tracked { sum() / Double(value.count) }

    /// Sums along `axis`, removing it (or keeping it as size 1).
    public func sum(axis: Int, keepingDimension: Bool = false) throws -> Tracked {
        let x = value
        let (outer, size, inner, _) = try x.split(axis: axis)
        return tape.record(try x.sum(axis: axis, keepingDimension: keepingDimension), from: self) { [input = self.index] g, tape in
            var out = [Double](repeating: 0, count: x.count)
            g.scalars.withUnsafeBufferPointer { g in
                out.withUnsafeMutableBufferPointer { o in
                    for i in 0..<outer {
                        for j in 0..<size {
                            let base = (i * size + j) * inner
                            for k in 0..<inner { o[base + k] = g[i * inner + k] }
                        }
                    }
                }
            }
            tape.accumulate(Tensor(unchecked: x.shape, scalars: out), into: input)
        }
    }

    /// Means along `axis`.
    public func mean(axis: Int, keepingDimension: Bool = false) throws -> Tracked {
        let size = try value.split(axis: axis).size
        return try sum(axis: axis, keepingDimension: keepingDimension) / Double(size)
    }
}
