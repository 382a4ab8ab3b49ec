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

    /// Runs SMO on the kernel rows of the training examples.
    func solve(_ rows: KernelRows, cacheMegabytes: Double) throws -> Solution {
        let n = labels.count, c = self.c
        let cache = KernelCache(rows: rows, megabytes: cacheMegabytes)
        let diagonal = try rows.diagonal()
        var alpha = [Double](repeating: 0, count: n)
        var gradient = [Double](repeating: -1, count: n)   // Qα − 1 at α = 0
        var iterations = 0
        var converged = false
        try labels.withUnsafeBufferPointer { y in
            try diagonal.withUnsafeBufferPointer { kd in
                try alpha.withUnsafeMutableBufferPointer { a in
                    try gradient.withUnsafeMutableBufferPointer { g in
                        while iterations < maxIterations {
                            guard try step(y: y, diagonal: kd, alpha: a, gradient: g, c: c, cache: cache) else {
                                converged = true
                                break
                            }
                            iterations += 1
                        }
                    }
                }
            }
        }
        let y = labels
        @inline(__always) func inUp(_ t: Int) -> Bool { y[t] > 0 ? alpha[t] < c : alpha[t] > 0 }
        @inline(__always) func inLow(_ t: Int) -> Bool { y[t] > 0 ? alpha[t] > 0 : alpha[t] < c }

        // The bias: −yG is the same for every free multiplier (0 < α < C) at the optimum; without
        // any, the middle of the interval the bounded ones allow.
        var freeSum = 0.0, freeCount = 0, upper = Double.infinity, lower = -Double.infinity
        for t in 0..<n {
            let value = -y[t] * gradient[t]
            if alpha[t] > 0 && alpha[t] < c {
                freeSum += value
                freeCount += 1
            } else {
                if inUp(t) { lower = Swift.max(lower, value) }
                if inLow(t) { upper = Swift.min(upper, value) }
            }
        }
        let bias: Double
        if freeCount > 0 {
            bias = freeSum / Double(freeCount)
        } else if lower.isFinite && upper.isFinite {
            bias = (lower + upper) / 2
        } else {
            bias = lower.isFinite ? lower : (upper.isFinite ? upper : 0)
        }
        // G = Qα − 1 gives αᵀQα = Σ αᵢ(Gᵢ + 1) without another kernel evaluation, and
        // f(α) = ½αᵀQα − Σα = ½ Σ αᵢ(Gᵢ − 1).
        var quadratic = 0.0, objective = 0.0
        for t in 0..<n where alpha[t] > 0 {
            quadratic += alpha[t] * (gradient[t] + 1)
            objective += alpha[t] * (gradient[t] - 1)
        }
        return Solution(alphas: alpha, bias: bias, iterations: iterations, objective: objective / 2,
                        weightNormSquared: Swift.max(0, quadratic), converged: converged,
                        computedKernelRows: cache.computedRows)
    }

    /// One SMO step: picks the working pair (WSS 3) and solves the two-variable problem; false
    /// when the KKT gap is below the tolerance (nothing left to do).
    private func step(y: UnsafeBufferPointer<Double>, diagonal: UnsafeBufferPointer<Double>,
                      alpha: UnsafeMutableBufferPointer<Double>, gradient: UnsafeMutableBufferPointer<Double>,
                      c: Double, cache: KernelCache) throws -> Bool {
        let n = y.count, tau = 1e-12
        // First index: the steepest ascent of −yG among the multipliers that can move up.
        var i = -1, gMax = -Double.infinity
        for t in 0..<n {
            let up = y[t] > 0 ? alpha[t] < c : alpha[t] > 0
            guard up else { continue }
            let value = -y[t] * gradient[t]
            if value >= gMax { gMax = value; i = t }
        }
        guard i >= 0 else { return false }
        // Second index: the largest decrease of the objective, and the KKT gap on the way.
        let kii = diagonal[i]
        let (j, gMin) = try cache.withRow(i) { ki -> (Int, Double) in
            var j = -1, bestDecrease = Double.infinity, gMin = Double.infinity
            for t in 0..<n {
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
        if gMax - gMin < tolerance || j < 0 { return false }

        try cache.withRows(i, j) { ki, kj in
            var a = kii + diagonal[j] - 2 * ki[j]
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
            for k in 0..<n { gradient[k] += y[k] * t * (ki[k] - kj[k]) }
        }
        return true
    }
}
