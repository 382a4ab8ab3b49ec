import MLCore
import Plots

/// The bias–variance experiment: how the error splits as the models grow more flexible, and what
/// the fits of one complexity look like.
extension Figure {
    /// bias², variance, noise, their sum (the expected test error) and the measured test error
    /// against complexity. `logY` helps when flexible models' variance dwarfs the rest.
    public static func biasVariance(_ result: BiasVarianceResult, logY: Bool = false, xLabel: String = "complexity",
                                    title: String = "Bias and variance") throws -> Figure {
        try require(!result.complexities.isEmpty, "a bias–variance chart needs a result with at least one complexity")
        let x = result.complexities.map(Double.init)
        let series = [
            Series("bias²", x: x, y: result.bias2),
            Series("variance", x: x, y: result.variance),
            Series("noise σ²", x: x, y: x.map { _ in result.noise }),
            Series("bias² + variance + noise", x: x, y: result.expectedError),
            Series("measured test error", x: x, y: result.testError),
        ]
        return Figure(.line(LineChart(series: series, logY: logY, showsMarkers: true)), title: title, xLabel: xLabel, yLabel: "squared error")
    }

    /// The fits of one complexity: the true function, the average fit over all training sets and
    /// that average ± one standard deviation (the spread from set to set: the variance).
    public static func fits(_ result: BiasVarianceResult, complexity: Int, title: String? = nil) throws -> Figure {
        guard let c = result.complexities.firstIndex(of: complexity) else {
            throw FigureError("the experiment has no complexity \(complexity); it measured \(result.complexities)")
        }
        let mean = result.meanPrediction[c], fits = result.fits[c]
        let spread = mean.indices.map { t -> Double in
            let sum = fits.reduce(0) { $0 + ($1[t] - mean[t]) * ($1[t] - mean[t]) }
            return (sum / Double(Swift.max(fits.count, 1))).squareRoot()
        }
        let series = [
            Series("true f(x)", x: result.testX, y: result.truth),
            Series("average fit", x: result.testX, y: mean),
            Series("average − 1 sd", x: result.testX, y: zip(mean, spread).map { $0 - $1 }),
            Series("average + 1 sd", x: result.testX, y: zip(mean, spread).map { $0 + $1 }),
        ]
        return Figure(.line(LineChart(series: series)), title: title ?? "Fits of complexity \(complexity)", xLabel: "x", yLabel: "y")
    }
}
