/// Finite-difference gradient checking: the numerical reference every analytic gradient is tested against.
public enum GradientCheck {
    /// ∂f/∂xᵢ by central differences (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h, for every i.
    ///
    /// Under a `Budget` that runs out part-way the remaining entries stay 0 and the budget's
    /// `exceeded` says why.
    public static func numericalGradient(at point: [Double], step: Double = 1e-5,
                                         of function: ([Double]) throws -> Double) rethrows -> [Double] {
        var x = point
        var gradient = [Double](repeating: 0, count: x.count)
        let budget = Budget.current
        for i in 0..<x.count {
            if budget?.isExhausted ?? false { break }
            let original = x[i]
            x[i] = original + step
            let plus = try function(x)
            x[i] = original - step
            let minus = try function(x)
            x[i] = original
            gradient[i] = (plus - minus) / (2 * step)
        }
        return gradient
    }

    /// The largest relative difference |a − n| / max(|a|, |n|, 1e-8) between two gradients.
    ///
    /// Below ~1e-6 the analytic gradient is right; above ~1e-3 it is almost certainly wrong.
    public static func relativeError(_ analytic: [Double], _ numerical: [Double]) throws -> Double {
        guard analytic.count == numerical.count else {
            throw MLError.shapeMismatch("gradients have \(analytic.count) and \(numerical.count) entries")
        }
        var worst = 0.0
        for (a, n) in zip(analytic, numerical) {
            let scale = Swift.max(Swift.abs(a), Swift.abs(n), 1e-8)
            worst = Swift.max(worst, Swift.abs(a - n) / scale)
        }
        return worst
    }

    /// Checks the gradients that `backward()` gives `inputs` against finite differences of the
    /// expression `build`, returning the largest relative error.
    public static func check(_ inputs: [Value], step: Double = 1e-5, _ build: ([Value]) -> Value) throws -> Double {
        let output = build(inputs)
        output.backward()
        let analytic = inputs.map(\.grad)
        let numerical = numericalGradient(at: inputs.map(\.value), step: step) { point in
            build(point.map { Value($0) }).value
        }
        if let exceeded = Budget.current?.exceeded { throw exceeded }
        return try relativeError(analytic, numerical)
    }
}

extension GradientCheck {
    /// The step of the network and tape checks: central differences of a loss of order 1 err by
    /// about ε/h from rounding and h² from truncation, and 3·10⁻⁵ balances the two. Correct MLP
    /// gradients then report errors of 10⁻⁸ (10⁻⁷ to 10⁻⁶ with the old 10⁻⁶ step) — except for
    /// entries so small (10⁻⁸, deep in a leaky-ReLU network) that rounding alone swamps them.
    public static let defaultStep = 3e-5

    /// Checks a network's backpropagated gradients on `data` against central differences of the
    /// loss, parameter by parameter, returning the largest relative error.
    ///
    /// Costs two forward passes per parameter: meant for small networks in lessons and tests.
    /// Dropout layers make the loss random, so check networks without them.
    public static func check(_ model: Sequential, on data: Dataset, loss: Loss, step: Double = defaultStep) throws -> Double {
        let analytic = try model.gradients(data, loss: loss).flatMap(\.scalars)
        var numeric: [Double] = []
        for parameter in model.parameters {
            let original = parameter.value
            defer { parameter.value = original }
            numeric += try numericalGradient(at: original.scalars, step: step) { point in
                parameter.value = Tensor(unchecked: original.shape, scalars: point)
                return try loss.value(model.predict(data.features), data.targets)
            }
        }
        if let exceeded = Budget.current?.exceeded { throw exceeded }
        return try relativeError(analytic, numeric)
    }
}

extension GradientCheck {
    /// Checks the tape's gradients of the one-element result of `build` with respect to each of
    /// `inputs` (recorded as variables) against central differences, returning the largest
    /// relative error over all of them.
    ///
    ///     let error = try GradientCheck.check([x, w]) { v in try v[0].matmul(v[1]).tanh.sum() }
    public static func check(_ inputs: [Tensor], step: Double = defaultStep,
                             _ build: ([Tracked]) throws -> Tracked) throws -> Double {
        let tape = Tape()
        let variables = inputs.map { tape.variable($0) }
        try build(variables).backward()
        let analytic = variables.flatMap(\.gradient.scalars)
        var numeric: [Double] = []
        for (position, input) in inputs.enumerated() {
            numeric += try numericalGradient(at: input.scalars, step: step) { point in
                let tape = Tape()
                var values = inputs.map { tape.constant($0) }
                values[position] = tape.constant(Tensor(unchecked: input.shape, scalars: point))
                return try build(values).value.scalars[0]
            }
        }
        if let exceeded = Budget.current?.exceeded { throw exceeded }
        return try relativeError(analytic, numeric)
    }
}
