import Foundation

/// Rows of a kernel matrix against a fixed set of examples: k(x, xⱼ) for every j at once.
///
/// The RBF kernel uses ‖x − xⱼ‖² = ‖x‖² + ‖xⱼ‖² − 2 x·xⱼ with the squared norms computed once
/// (as libsvm does), so a row costs one dot product per example. A precomputed kernel reads its
/// rows straight from the given matrix.
struct KernelRows {
    let kernel: Kernel
    /// The examples the rows run over, row-major [count, width].
    let examples: [Double]
    let count: Int
    let width: Int
    let gamma: Double
    /// ‖xⱼ‖² of each example (RBF only).
    private let squaredNorms: [Double]

    init(kernel: Kernel, features: Tensor, gamma: Double) throws {
        self.kernel = kernel
        self.examples = features.scalars
        self.count = features.rowCount
        self.width = features.columnCount
        self.gamma = gamma
        if case .rbf = kernel.form {
            squaredNorms = examples.withUnsafeBufferPointer { x in
                (0..<features.rowCount).map { j in
                    guard let base = x.baseAddress else { return 0 }
                    return dotProduct(base + j * features.columnCount, base + j * features.columnCount, features.columnCount)
                }
            }
        } else {
            squaredNorms = []
        }
    }

    /// k(xᵢ, xⱼ) for every j, xᵢ one of the examples themselves, into `out` (`count` values).
    func row(_ i: Int, into out: UnsafeMutablePointer<Double>) throws {
        if kernel.isPrecomputed {
            examples.withUnsafeBufferPointer { k in
                guard let base = k.baseAddress else { return }
                out.update(from: base + i * width, count: count)
            }
            return
        }
        if case .custom = kernel.form {
            try row(against: Array(examples[(i * width)..<((i + 1) * width)]), into: out)
            return
        }
        examples.withUnsafeBufferPointer { eb in
            guard let ep = eb.baseAddress else {
                for j in 0..<count { out[j] = 0 }
                return
            }
            formulaRow(ep + i * width, examples: ep, into: out)
        }
    }

    /// k(x, xⱼ) for every j and a new example `x` of the same width (for a precomputed kernel, `x`
    /// is the row of kernel values itself).
    func row(against x: [Double], into out: UnsafeMutablePointer<Double>) throws {
        if case .precomputed = kernel.form {
            x.withUnsafeBufferPointer { k in
                guard let base = k.baseAddress else { return }
                out.update(from: base, count: Swift.min(self.count, k.count))
            }
            return
        }
        let count = self.count, width = self.width, gamma = self.gamma
        if case .custom = kernel.form {
            for j in 0..<count {
                out[j] = try kernel.value(x, Array(examples[(j * width)..<((j + 1) * width)]), gamma: gamma)
            }
            return
        }
        x.withUnsafeBufferPointer { xb in
            examples.withUnsafeBufferPointer { eb in
                guard let xp = xb.baseAddress, let ep = eb.baseAddress else {
                    // No features at all: every dot product is 0.
                    for j in 0..<count { out[j] = 0 }
                    return
                }
                formulaRow(xp, examples: ep, into: out)
            }
        }
    }

    /// k(x, xⱼ) for every j of the linear, polynomial and RBF kernels, `x` a pointer to `width`
    /// features. The RBF row is written in two passes, −γ‖x − xⱼ‖² first and then one vectorised
    /// exp over the whole row (`VectorKernels.exp`, within 2 ulp), which is several times
    /// faster than an exp call per element.
    private func formulaRow(_ xp: UnsafePointer<Double>, examples ep: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>) {
        let count = self.count, width = self.width, gamma = self.gamma
        switch kernel.form {
        case .linear:
            for j in 0..<count { out[j] = dotProduct(xp, ep + j * width, width) }
        case .polynomial(let degree, let coef0):
            for j in 0..<count { out[j] = integerPower(gamma * dotProduct(xp, ep + j * width, width) + coef0, degree) }
        case .rbf:
            let xx = dotProduct(xp, xp, width)
            squaredNorms.withUnsafeBufferPointer { norms in
                for j in 0..<count {
                    out[j] = -gamma * Swift.max(0, xx + norms[j] - 2 * dotProduct(xp, ep + j * width, width))
                }
            }
            VectorKernels.exp(out, into: out, count: count)
        case .custom, .precomputed:
            break
        }
    }

    /// k(xᵢ, xᵢ) of every example.
    func diagonal() throws -> [Double] {
        switch kernel.form {
        case .rbf: return [Double](repeating: 1, count: count)
        case .precomputed: return (0..<count).map { examples[$0 * width + $0] }
        default:
            return try (0..<count).map { i in
                let x = Array(examples[(i * width)..<((i + 1) * width)])
                return try kernel.value(x, x, gamma: gamma)
            }
        }
    }
}

/// A least-recently-used cache of kernel rows, so the solver computes each row once while it fits.
///
/// libsvm's idea: SMO touches the same few hundred rows again and again, so a bounded cache
/// (here `megabytes`, 200 by default as in scikit-learn) makes most of its steps free. When the
/// whole matrix fits, every row is computed exactly once. The storage is allocated but never
/// cleared: zero-filling 200 MB up front cost more than the whole fit (the pages of rows that are
/// never computed are never touched), and a slot is only read after its row has been written.
final class KernelCache {
    let rows: KernelRows
    private let storage: UnsafeMutablePointer<Double>
    private var slotOfRow: [Int]
    private var rowOfSlot: [Int]
    private var lastUse: [Int]
    private var clock = 0
    private var usedSlots = 0
    /// Rows computed so far (a cache miss each), for tests and benchmarks.
    private(set) var computedRows = 0

    init(rows: KernelRows, megabytes: Double) {
        self.rows = rows
        let n = Swift.max(rows.count, 1)
        let fitting = Int(megabytes * 1_048_576 / Double(8 * n))
        let slots = Swift.min(rows.count, Swift.max(2, fitting))
        storage = UnsafeMutablePointer<Double>.allocate(capacity: slots * rows.count)
        slotOfRow = [Int](repeating: -1, count: rows.count)
        rowOfSlot = [Int](repeating: -1, count: slots)
        lastUse = [Int](repeating: 0, count: slots)
    }

    deinit { storage.deallocate() }

    /// The slot holding row `i`, computing it (and evicting the least recently used row) on a miss.
    /// Use `withRow` to read it.
    func slot(for i: Int) throws -> Int {
        clock += 1
        let cached = slotOfRow[i]
        if cached >= 0 {
            lastUse[cached] = clock
            return cached
        }
        var slot: Int
        if usedSlots < rowOfSlot.count {
            slot = usedSlots
            usedSlots += 1
        } else {
            slot = 0
            for s in 1..<rowOfSlot.count where lastUse[s] < lastUse[slot] { slot = s }
            slotOfRow[rowOfSlot[slot]] = -1
        }
        try rows.row(i, into: storage + slot * rows.count)
        rowOfSlot[slot] = i
        slotOfRow[i] = slot
        lastUse[slot] = clock
        computedRows += 1
        return slot
    }

    /// Row `i` of the kernel matrix; `j`'s row is pinned too, so both pointers stay valid in `body`.
    func withRows<R>(_ i: Int, _ j: Int, _ body: (UnsafePointer<Double>, UnsafePointer<Double>) throws -> R) throws -> R {
        let si = try slot(for: i)
        lastUse[si] = Int.max - 1          // pinned while j's row is fetched
        let sj = try slot(for: j)
        lastUse[si] = clock
        return try body(storage + si * rows.count, storage + sj * rows.count)
    }

    /// Row `i` of the kernel matrix.
    func withRow<R>(_ i: Int, _ body: (UnsafePointer<Double>) throws -> R) throws -> R {
        let si = try slot(for: i)
        return try body(storage + si * rows.count)
    }
}
