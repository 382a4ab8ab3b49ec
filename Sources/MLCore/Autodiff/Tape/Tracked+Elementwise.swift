import Foundation

/// Element-wise functions of tracked tensors. Each forward pass is `Tensor`'s own function; the
/// backward step multiplies the incoming gradient by the derivative, written from the input x
/// and the output y so nothing is computed twice.
extension Tracked {
    /// Records `output` = f(self) with f′ given as a function of (x, y).
    private func elementwise(_ output: Tensor, derivative: @escaping (Double, Double) -> Double) -> Tracked {
        let x = value
        return tape.record(output, from: self) { [input = self.index] g, tape in
            tape.accumulate(Tensor.zipped(g, x, output) { g, x, y in g * derivative(x, y) }, into: input)
        }
    }

    /// eˣ (its own derivative).
    public var exp: Tracked {
        let y = value.exp
        return tape.record(y, from: self) { [input = self.index] g, tape in tape.accumulate(Tensor.zipped(g, y, *), into: input) }
    }

    /// ln x.
    public var log: Tracked {
        let x = value
        return tape.record(x.log, from: self) { [input = self.index] g, tape in tape.accumulate(Tensor.zipped(g, x, /), into: input) }
    }

    /// ln x, but never below `floor`; where it is held at the floor the gradient is 0 (not the
    /// 0 · ∞ = NaN that `log.clamped` would give at x = 0). Cross-entropy uses it with −100, as
    /// PyTorch's `BCELoss` does.
    public func log(floor: Double) -> Tracked {
        let x = value
        let y = x.map { Swift.max(Foundation.log($0), floor) }
        return tape.record(y, from: self) { [input = self.index] g, tape in
            tape.accumulate(Tensor.zipped(g, x, y) { g, x, y in y > floor ? g / x : 0 }, into: input)
        }
    }

    /// √x.
    public var squareRoot: Tracked { elementwise(value.squareRoot) { _, y in 0.5 / y } }
    /// x².
    public var squared: Tracked {
        let x = value
        return tape.record(x.squared, from: self) { [input = self.index] g, tape in
            tape.accumulate(Tensor.zipped(g, x) { g, x in 2 * x * g }, into: input)
        }
    }
    /// |x| (derivative sign(x), 0 at 0).
    public var magnitude: Tracked { elementwise(value.magnitude) { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) } }
    /// xᵖ for a constant exponent p.
    public func power(_ exponent: Double) -> Tracked {
        elementwise(value.power(exponent)) { x, _ in exponent * Foundation.pow(x, exponent - 1) }
    }
    /// x held in [low, high]; the gradient is 0 where it was held.
    public func clamped(_ low: Double, _ high: Double) -> Tracked {
        elementwise(value.clamped(low, high)) { x, _ in x >= low && x <= high ? 1 : 0 }
    }

    /// tanh x, derivative 1 − y².
    public var tanh: Tracked { activated(.tanh) }
    /// σ(x) = 1 / (1 + e⁻ˣ), derivative y(1 − y).
    public var sigmoid: Tracked { activated(.sigmoid) }
    /// max(0, x); the gradient passes where the output is positive.
    public var relu: Tracked { activated(.relu) }
    /// x for x > 0, `Activation.leakySlope` · x otherwise.
    public var leakyRelu: Tracked { activated(.leakyRelu) }

    /// `activation` (one that `differentiatesFromOutput`) of every element, differentiated
    /// from its output by `Activation.gradient(_:output:)`, as the fused dense layer is.
    private func activated(_ activation: Activation) -> Tracked {
        let y = activation(value)
        return tape.record(y, from: self) { [input = self.index] g, tape in
            tape.accumulate(activation.gradient(g, output: y), into: input)
        }
    }
}
