import MLCore
import Plots

/// The shapes of activation functions, and optionally their slopes, over a range of inputs z.
extension Figure {
    /// One activation function f(z) over `range`, with its derivative f′(z) when asked.
    public static func activation(_ activation: Activation, over range: ClosedRange<Double> = -4...4,
                                  derivative: Bool = false, samples: Int = 161, title: String? = nil) throws -> Figure {
        try activations([activation], over: range, derivatives: derivative, samples: samples,
                        title: title ?? activation.rawValue)
    }

    /// Several activation functions on one chart, each followed by its derivative when asked.
    ///
    /// Series are named after the activation ("sigmoid") and its derivative ("sigmoid′"). The
    /// default 161 samples over −4…4 are 0.05 apart and include z = 0, where ReLU and the step
    /// bend or jump. Softmax is refused: it maps a vector of scores to probabilities and has no
    /// graph over a single number (its two-class case is the sigmoid).
    public static func activations(_ activations: [Activation], over range: ClosedRange<Double> = -4...4,
                                   derivatives: Bool = false, samples: Int = 161,
                                   title: String = "Activation functions") throws -> Figure {
        try require(!activations.isEmpty, "plotting activations needs at least one activation function, got none")
        try requireDrawable(range, name: "the range of z")
        try requireCount(samples, in: 2...100_000, name: "samples")
        try require(activations.count <= 50, "plotting activations takes at most 50 functions at once, got \(activations.count)")
        let z = evenlySpaced(range, count: samples)
        var series: [Series] = []
        for activation in activations {
            try require(activation != .softmax,
                        "softmax turns a whole vector of scores into probabilities, so it has no graph over one number z; plot .sigmoid, its two-class case, instead")
            series.append(Series(activation.rawValue, x: z, y: z.map { activation($0) }))
            if derivatives {
                series.append(Series(activation.rawValue + "′", x: z, y: z.map { activation.derivative($0) }))
            }
        }
        let chart = LineChart(series: series, showsZeroLines: true)
        return Figure(.line(chart), title: title, xLabel: "z", yLabel: derivatives ? "f(z), f′(z)" : "f(z)")
    }
}
