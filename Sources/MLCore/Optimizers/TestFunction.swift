import Foundation

/// Two-dimensional functions on which the lecture compares optimisers, and the paths they take.
public enum TestFunction: String, CaseIterable, Sendable {
    /// f = x² + y²: a round bowl, easy for everyone.
    case bowl
    /// f = 0.1·x² + 10·y²: a narrow ravine where plain SGD zig-zags and momentum helps.
    case ravine
    /// f = x² − y²: a saddle point at the origin.
    case saddle
    /// f = (1 − x)² + 100·(y − x²)²: Rosenbrock's banana valley, minimum at (1, 1).
    case rosenbrock

    /// f(x, y).
    public func value(x: Double, y: Double) -> Double {
        switch self {
        case .bowl: return x * x + y * y
        case .ravine: return 0.1 * x * x + 10 * y * y
        case .saddle: return x * x - y * y
        case .rosenbrock: return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
        }
    }

    /// ∇f(x, y) as (∂f/∂x, ∂f/∂y).
    public func gradient(x: Double, y: Double) -> (x: Double, y: Double) {
        switch self {
        case .bowl: return (2 * x, 2 * y)
        case .ravine: return (0.2 * x, 20 * y)
        case .saddle: return (2 * x, -2 * y)
        case .rosenbrock: return (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))
        }
    }

    /// The points an optimiser visits from `start` in `steps` steps (start included), for a plot.
    ///
    /// The optimiser's state is reset first, so one optimiser object can trace several paths.
    public func path(from start: (x: Double, y: Double), optimizer: Optimizer, steps: Int) throws -> OptimizationPath {
        try require(steps >= 0, "steps must be ≥ 0, got \(steps)")
        // Three arrays of up to steps + 1 numbers each.
        for _ in 0..<3 { try Budget.current?.allocate(Budget.saturatingSum(steps, 1)) }
        var checkpoints = BudgetCheckpoints(every: 4_096)
        try optimizer.validate()
        optimizer.reset()
        let point = Parameter(Tensor([start.x, start.y]), name: "point")
        var xs = [start.x], ys = [start.y], values = [value(x: start.x, y: start.y)]
        for _ in 0..<steps {
            try checkpoints.pass()
            let (x, y) = (point.value.scalars[0], point.value.scalars[1])
            let g = gradient(x: x, y: y)
            point.gradient = Tensor([g.x, g.y])
            optimizer.step([point])
            let (nx, ny) = (point.value.scalars[0], point.value.scalars[1])
            xs.append(nx); ys.append(ny); values.append(value(x: nx, y: ny))
            if !nx.isFinite || !ny.isFinite { break }
        }
        return OptimizationPath(xs: xs, ys: ys, values: values)
    }
}

/// The points an optimiser visited on a 2-D function.
public struct OptimizationPath: Equatable, Sendable {
    /// x of each point, the start first.
    public var xs: [Double]
    /// y of each point.
    public var ys: [Double]
    /// f(x, y) at each point.
    public var values: [Double]
    /// The last point reached.
    public var end: (x: Double, y: Double) { (xs.last ?? 0, ys.last ?? 0) }
}
