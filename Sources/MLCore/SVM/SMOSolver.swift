/// Sequential minimal optimisation of the soft-margin SVM dual, with libsvm's second-order
/// working-set selection (Fan, Chen & Lin, JMLR 2005, "WSS 3").
///
/// The dual problem, with labels yᵢ = ±1 and Qᵢⱼ = yᵢyⱼk(xᵢ, xⱼ):
///
///     minimise  f(α) = ½ αᵀQα − Σαᵢ   subject to  0 ≤ αᵢ ≤ C,  Σ yᵢαᵢ = 0.
///
/// Each step changes two multipliers along the only direction that keeps Σ yᵢαᵢ = 0:
/// αᵢ += yᵢt, αⱼ −= yⱼt. Along it the objective is the parabola f + t·(yᵢGᵢ − yⱼGⱼ) + ½t²aᵢⱼ
/// with G = ∇f = Qα − 1 and aᵢⱼ = Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ, so the best step is t = bᵢⱼ/aᵢⱼ with
/// bᵢⱼ = −yᵢGᵢ + yⱼGⱼ, cut back to the box [0, C].
///
/// Which pair: i is the multiplier that can move "up" (along yᵢ) with the steepest descent,
/// i = argmax −yₜGₜ over I_up = {t : αₜ < C, yₜ = 1 or αₜ > 0, yₜ = −1}; j is the one in
/// I_low = {t : αₜ < C, yₜ = −1 or αₜ > 0, yₜ = 1} with −yⱼGⱼ < −yᵢGᵢ whose step would lower the
/// objective most, −bᵢⱼ²/aᵢⱼ — a second-order choice that needs far fewer steps than the
/// maximal-violating pair. A non-positive aᵢⱼ (a kernel that is not positive definite) is taken as
/// τ = 1e−12. The solver stops when max over I_up of −yG minus min over I_low of −yG is below
/// `tolerance` (libsvm's and scikit-learn's 1e−3): the KKT conditions then hold to that accuracy.
///
/// Shrinking (libsvm's heuristic, on by default as in scikit-learn): every min(n, 1000) steps,
/// a multiplier at a bound whose −yG lies on the far side of the other set's extreme (an I_up-only
/// one below min over I_low, an I_low-only one above max over I_up) cannot be in a violating
/// pair for now and leaves the active set. The solver keeps the active examples first in its own
/// order, so steps scan, update and compute kernel rows over the active part only. Shrunk
/// multipliers' gradients go stale; they are rebuilt from Ḡᵢ = Σ_{αⱼ = C} C·Qᵢⱼ (kept up to date
/// whenever a multiplier reaches or leaves C) plus the free multipliers' rows, once when the gap
/// first falls below 10 × tolerance (then everything is active again) and whenever the active
/// set looks optimal, so the stopping test always sees every multiplier.
struct SMOSolver {
    /// What the solver found.
    struct Solution {
        var alphas: [Double]
        /// The bias b of the decision function Σ αᵢyᵢk(xᵢ, x) + b.
        var bias: Double
        var iterations: Int
        /// The dual objective ½αᵀQα − Σα at the solution (negative; its negation is the margin's reward).
        var objective: Double
        /// αᵀQα = ‖w‖², the squared length of the weight vector in the kernel's feature space.
        var weightNormSquared: Double
        /// Whether the KKT gap fell below the tolerance (false: stopped at the iteration limit).
        var converged: Bool
        var computedKernelRows: Int
    }

    let labels: [Double]              // ±1
    let c: Double
    let tolerance: Double
    let maxIterations: Int
    var shrinking = true

    /// Runs SMO on the kernel rows of the training examples.
    func solve(_ rows: KernelRows, cacheMegabytes: Double) throws -> Solution {
        let n = labels.count
        let state = SMOState(labels: labels, diagonal: try rows.diagonal(), c: c, tolerance: tolerance,
                             cache: KernelCache(rows: rows, megabytes: cacheMegabytes))
        var iterations = 0, converged = false
        var untilShrinking = Swift.min(n, 1000)
        while iterations < maxIterations {
            if shrinking {
                untilShrinking -= 1
                if untilShrinking == 0 {
                    untilShrinking = Swift.min(n, 1000)
                    try state.shrink()
                }
            }
            var pair = try state.workingPair()
            if pair == nil && state.active < n {
                // The active part is optimal: look again with every multiplier.
                try state.unshrink()
                pair = try state.workingPair()
                untilShrinking = 1
            }
            guard let (i, j) = pair else { converged = true; break }
            try state.update(i, j, trackUpperBound: shrinking)
            iterations += 1
        }
        try state.unshrink()
        return state.solution(iterations: iterations, converged: converged)
    }
}

/// The solver's working arrays, in its own order of the examples (`order[p]` is the training
/// index at position p; positions below `active` are the active set).
private final class SMOState {
    let n: Int
    let c: Double, tolerance: Double
    let cache: KernelCache
    var y: [Double], diagonal: [Double]
    var alpha: [Double]
    /// G = Qα − 1 (exact for active positions; rebuilt for the others by `unshrink`).
    var gradient: [Double]
    /// Ḡ = Σ_{αⱼ = C} C·Q[:, j], for rebuilding shrunk gradients.
    var upperGradient: [Double]
    var order: [Int]
    var active: Int

    init(labels: [Double], diagonal: [Double], c: Double, tolerance: Double, cache: KernelCache) {
        n = labels.count
        self.c = c
        self.tolerance = tolerance
        self.cache = cache
        y = labels
        self.diagonal = diagonal
        alpha = [Double](repeating: 0, count: n)
        gradient = [Double](repeating: -1, count: n)   // Qα − 1 at α = 0
        upperGradient = [Double](repeating: 0, count: n)
        order = Array(0..<n)
        active = n
    }

    @inline(__always) func inUp(_ t: Int) -> Bool { y[t] > 0 ? alpha[t] < c : alpha[t] > 0 }
    @inline(__always) func inLow(_ t: Int) -> Bool { y[t] > 0 ? alpha[t] > 0 : alpha[t] < c }

    /// The working pair (WSS 3) among the active positions; nil when their KKT gap is below the tolerance.
    func workingPair() throws -> (i: Int, j: Int)? {
        let m = active, c = self.c, tau = 1e-12
        return try y.withUnsafeBufferPointer { y in
            try alpha.withUnsafeBufferPointer { alpha in
                try gradient.withUnsafeBufferPointer { gradient in
                    try diagonal.withUnsafeBufferPointer { diagonal in
                        try order.withUnsafeBufferPointer { order in
                            // First index: the steepest ascent of −yG among the multipliers that can move up.
                            var i = -1, gMax = -Double.infinity
                            for t in 0..<m {
                                let up = y[t] > 0 ? alpha[t] < c : alpha[t] > 0
                                guard up else { continue }
                                let value = -y[t] * gradient[t]
                                if value >= gMax { gMax = value; i = t }
                            }
                            guard i >= 0, let columns = order.baseAddress else { return nil }
                            // Second index: the largest decrease of the objective, and the KKT gap on the way.
                            let kii = diagonal[i]
                            let (j, gMin) = try cache.withRow(order[i], length: m, columns: columns) { ki -> (Int, Double) in
                                var j = -1, bestDecrease = Double.infinity, gMin = Double.infinity
                                for t in 0..<m {
                                    let low = y[t] > 0 ? alpha[t] > 0 : alpha[t] < c
                                    guard low else { continue }
                                    let value = -y[t] * gradient[t]
                                    if value < gMin { gMin = value }
                                    let b = gMax - value
                                    guard b > 0 else { continue }
                                    var a = kii + diagonal[t] - 2 * ki[t]
                                    if a <= 0 { a = tau }
                                    let decrease = -(b * b) / a
                                    if decrease <= bestDecrease { bestDecrease = decrease; j = t }
                                }
                                return (j, gMin)
                            }
                            if gMax - gMin < tolerance || j < 0 { return nil }
                            return (i, j)
                        }
                    }
                }
            }
        }
    }

    /// Solves the two-variable problem of positions i and j and updates the active gradient (and
    /// Ḡ, over every position, when a multiplier reaches or leaves C).
    func update(_ i: Int, _ j: Int, trackUpperBound: Bool) throws {
        let m = active, c = self.c, tau = 1e-12
        let oldI = alpha[i], oldJ = alpha[j]
        try y.withUnsafeBufferPointer { y in
            try alpha.withUnsafeMutableBufferPointer { alpha in
                try gradient.withUnsafeMutableBufferPointer { gradient in
                    try order.withUnsafeBufferPointer { order in
                        guard let columns = order.baseAddress else { return }
                        try cache.withRows(order[i], order[j], length: m, columns: columns) { ki, kj in
                            var a = diagonal[i] + diagonal[j] - 2 * ki[j]
                            if a <= 0 { a = tau }
                            let b = -y[i] * gradient[i] + y[j] * gradient[j]
                            // How far each multiplier may move along its direction before it hits 0 or C.
                            let roomI = y[i] > 0 ? c - alpha[i] : alpha[i]
                            let roomJ = y[j] > 0 ? alpha[j] : c - alpha[j]
                            let t = Swift.min(b / a, roomI, roomJ)
                            // Set a multiplier that reaches its bound exactly, so that it leaves I_up or I_low.
                            alpha[i] = t == roomI ? (y[i] > 0 ? c : 0) : alpha[i] + y[i] * t
                            alpha[j] = t == roomJ ? (y[j] > 0 ? 0 : c) : alpha[j] - y[j] * t
                            // G += Q[:, i]Δαᵢ + Q[:, j]Δαⱼ with yᵢΔαᵢ = t and yⱼΔαⱼ = −t.
                            for k in 0..<m { gradient[k] += y[k] * t * (ki[k] - kj[k]) }
                        }
                    }
                }
            }
        }
        guard trackUpperBound else { return }
        for (p, old) in [(i, oldI), (j, oldJ)] where (old == c) != (alpha[p] == c) {
            // Ḡ += ±C·Q[:, p] = ±C·yₚ·y·K[:, p] over every position.
            let sign = alpha[p] == c ? c * y[p] : -c * y[p]
            try y.withUnsafeBufferPointer { y in
                try upperGradient.withUnsafeMutableBufferPointer { g in
                    try order.withUnsafeBufferPointer { order in
                        guard let columns = order.baseAddress else { return }
                        try cache.withRow(order[p], length: n, columns: columns) { kp in
                            for k in 0..<n { g[k] += sign * y[k] * kp[k] }
                        }
                    }
                }
            }
        }
    }

    /// Moves the multipliers that cannot be in a violating pair for now behind the active set
    /// (the first time the gap is below 10 × tolerance, everything is made active again first).
    func shrink() throws {
        var gMax = -Double.infinity, gMin = Double.infinity
        for t in 0..<active {
            let value = -y[t] * gradient[t]
            if inUp(t) { gMax = Swift.max(gMax, value) }
            if inLow(t) { gMin = Swift.min(gMin, value) }
        }
        if !unshrunk && gMax - gMin <= 10 * tolerance {
            unshrunk = true
            try unshrink()
        }
        func shrinkable(_ t: Int) -> Bool {
            let up = inUp(t), low = inLow(t)
            if up == low { return false }                 // free: never
            let value = -y[t] * gradient[t]
            return up ? value < gMin : value > gMax
        }
        var p = 0
        while p < active {
            if shrinkable(p) {
                active -= 1
                while active > p {
                    if !shrinkable(active) { swap(p, active); break }
                    active -= 1
                }
            }
            p += 1
        }
    }
    private var unshrunk = false

    private func swap(_ p: Int, _ q: Int) {
        cache.swap(p, q)
        y.swapAt(p, q)
        diagonal.swapAt(p, q)
        alpha.swapAt(p, q)
        gradient.swapAt(p, q)
        upperGradient.swapAt(p, q)
        order.swapAt(p, q)
    }

    /// Rebuilds the shrunk positions' gradients, Gₚ = Ḡₚ − 1 + Σ over free j of αⱼQₚⱼ, and makes
    /// every position active. The sum runs over whichever rows are fewer to compute: the free
    /// multipliers' (extended to every position) or the shrunk examples' (over the active part).
    func unshrink() throws {
        let m = active
        guard m < n else { return }
        for p in m..<n { gradient[p] = upperGradient[p] - 1 }
        let free = (0..<m).filter { alpha[$0] > 0 && alpha[$0] < c }
        try order.withUnsafeBufferPointer { order in
            guard let columns = order.baseAddress else { return }
            if free.count * n <= 2 * m * (n - m) {
                for q in free {
                    let weight = alpha[q] * y[q]
                    try cache.withRow(order[q], length: n, columns: columns) { kq in
                        for p in m..<n { gradient[p] += weight * y[p] * kq[p] }
                    }
                }
            } else {
                for p in m..<n {
                    var sum = 0.0
                    try cache.withRow(order[p], length: m, columns: columns) { kp in
                        for q in free { sum += alpha[q] * y[q] * kp[q] }
                    }
                    gradient[p] += y[p] * sum
                }
            }
        }
        active = n
    }

    /// The multipliers in the training set's order, the bias and the objective (every position active).
    func solution(iterations: Int, converged: Bool) -> SMOSolver.Solution {
        // The bias: −yG is the same for every free multiplier (0 < α < C) at the optimum; without
        // any, the middle of the interval the bounded ones allow.
        var freeSum = 0.0, freeCount = 0, upper = Double.infinity, lower = -Double.infinity
        // G = Qα − 1 gives αᵀQα = Σ αᵢ(Gᵢ + 1) without another kernel evaluation, and
        // f(α) = ½αᵀQα − Σα = ½ Σ αᵢ(Gᵢ − 1).
        var quadratic = 0.0, objective = 0.0
        var alphas = [Double](repeating: 0, count: n)
        // In the training set's order, so that the sums do not depend on where shrinking left each example.
        var position = [Int](repeating: 0, count: n)
        for p in 0..<n { position[order[p]] = p }
        for t in position {
            let value = -y[t] * gradient[t]
            if alpha[t] > 0 && alpha[t] < c {
                freeSum += value
                freeCount += 1
            } else {
                if inUp(t) { lower = Swift.max(lower, value) }
                if inLow(t) { upper = Swift.min(upper, value) }
            }
            if alpha[t] > 0 {
                quadratic += alpha[t] * (gradient[t] + 1)
                objective += alpha[t] * (gradient[t] - 1)
            }
            alphas[order[t]] = alpha[t]
        }
        let bias: Double
        if freeCount > 0 {
            bias = freeSum / Double(freeCount)
        } else if lower.isFinite && upper.isFinite {
            bias = (lower + upper) / 2
        } else {
            bias = lower.isFinite ? lower : (upper.isFinite ? upper : 0)
        }
        return SMOSolver.Solution(alphas: alphas, bias: bias, iterations: iterations, objective: objective / 2,
                                  weightNormSquared: Swift.max(0, quadratic), converged: converged,
                                  computedKernelRows: cache.computedRows)
    }
}
