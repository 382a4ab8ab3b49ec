import Foundation

/// Softmax and log-softmax across each row (the last axis; a whole vector for rank 1), as the
/// `softmax` activation computes them.
extension Tracked {
    /// eˣⁱ / Σⱼ eˣʲ per row. Backward: J·g = s ⊙ (g − ⟨g, s⟩) for the Jacobian diag(s) − s·sᵀ.
    public var softmax: Tracked {
        let s = Activation.softmax(value)
        let columns = Tracked.rowWidth(s)
        return tape.record(s, from: self) { [input = self.index] g, tape in
            var dx = g
            dx.scalars.withUnsafeMutableBufferPointer { d in
                s.scalars.withUnsafeBufferPointer { s in
                    for start in stride(from: 0, to: d.count, by: columns) {
                        var inner = 0.0
                        for i in start..<(start + columns) { inner += d[i] * s[i] }
                        for i in start..<(start + columns) { d[i] = s[i] * (d[i] - inner) }
                    }
                }
            }
            tape.accumulate(dx, into: input)
        }
    }

    /// xᵢ − log Σⱼ eˣʲ per row, computed with the largest element subtracted first so it never
    /// overflows. Backward: g − softmax · Σg per row.
    public var logSoftmax: Tracked {
        let x = value
        let columns = Tracked.rowWidth(x)
        var y = x
        y.scalars.withUnsafeMutableBufferPointer { v in
            for start in stride(from: 0, to: v.count, by: columns) {
                var largest = -Double.infinity
                for i in start..<(start + columns) { largest = Swift.max(largest, v[i]) }
                var total = 0.0
                for i in start..<(start + columns) { total += Foundation.exp(v[i] - largest) }
                let logSum = largest + Foundation.log(total)
                for i in start..<(start + columns) { v[i] -= logSum }
            }
        }
        return tape.record(y, from: self) { [input = self.index] g, tape in
            var dx = g
            dx.scalars.withUnsafeMutableBufferPointer { d in
                y.scalars.withUnsafeBufferPointer { y in
                    for start in stride(from: 0, to: d.count, by: columns) {
                        var total = 0.0
                        for i in start..<(start + columns) { total += d[i] }
                        for i in start..<(start + columns) { d[i] -= Foundation.exp(y[i]) * total }
                    }
                }
            }
            tape.accumulate(dx, into: input)
        }
    }

    /// The length of one softmax row of `x` (at least 1, so striding over it always advances).
    static func rowWidth(_ x: Tensor) -> Int {
        Swift.max(x.rank >= 2 ? x.shape[x.rank - 1] : x.count, 1)
    }
}
