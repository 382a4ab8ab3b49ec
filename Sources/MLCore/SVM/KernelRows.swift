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

    /// k(xᵢ, x_columns[p]) for p in 0..<length, into `out`: the part of row i the solver needs when
    /// it has put the training examples in its own order (the shrinking heuristic keeps the active
    /// ones first).
    func row(_ i: Int, columns: UnsafePointer<Int>, length: Int, into out: UnsafeMutablePointer<Double>) throws {
        let width = self.width, gamma = self.gamma
        switch kernel.form {
        case .precomputed:
            examples.withUnsafeBufferPointer { k in
                guard let base = k.baseAddress else { return }
                let row = base + i * width
                for p in 0..<length { out[p] = row[columns[p]] }
            }
        case .custom:
            let x = Array(examples[(i * width)..<((i + 1) * width)])
            for p in 0..<length {
                let j = columns[p]
                out[p] = try kernel.value(x, Array(examples[(j * width)..<((j + 1) * width)]), gamma: gamma)
            }
        case .linear, .polynomial, .rbf:
            examples.withUnsafeBufferPointer { eb in
                guard let ep = eb.baseAddress else {
                    for p in 0..<length { out[p] = 0 }
                    return
                }
                let xp = ep + i * width
                switch kernel.form {
                case .linear:
                    for p in 0..<length { out[p] = dotProduct(xp, ep + columns[p] * width, width) }
                case .polynomial(let degree, let coef0):
                    for p in 0..<length { out[p] = integerPower(gamma * dotProduct(xp, ep + columns[p] * width, width) + coef0, degree) }
                default:
                    squaredNorms.withUnsafeBufferPointer { norms in
                        let xx = norms[i]
                        for p in 0..<length {
                            let j = columns[p]
                            out[p] = -gamma * Swift.max(0, xx + norms[j] - 2 * dotProduct(xp, ep + j * width, width))
                        }
                    }
                    VectorKernels.exp(out, into: out, count: length)
                }
            }
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
/// whole matrix fits, every row is computed exactly once.
///
/// A row is kept for an example (its index in the training set) but its entries are in the
/// solver's order of the examples, `columns`, and only a prefix of it may be there: with
/// shrinking the solver asks for the active examples' part only, and the rest is computed when a
/// longer prefix is asked for. `swap` follows the solver when it exchanges two positions.
/// The storage is allocated but never cleared: zero-filling 200 MB up front cost more than the
/// whole fit, and an entry is only read after it has been written.
final class KernelCache {
    let rows: KernelRows
    private let storage: UnsafeMutablePointer<Double>
    private var slotOfRow: [Int]
    private var rowOfSlot: [Int]
    /// How many leading entries of each slot's row are computed.
    private var lengthOfSlot: [Int]
    private var lastUse: [Int]
    private var clock = 0
    private var usedSlots = 0
    /// Rows computed so far (a cache miss each, an extended prefix counting as one too), for tests and benchmarks.
    private(set) var computedRows = 0

    init(rows: KernelRows, megabytes: Double) {
        self.rows = rows
        let n = Swift.max(rows.count, 1)
        let fitting = Int(megabytes * 1_048_576 / Double(8 * n))
        let slots = Swift.min(rows.count, Swift.max(2, fitting))
        storage = UnsafeMutablePointer<Double>.allocate(capacity: slots * rows.count)
        slotOfRow = [Int](repeating: -1, count: rows.count)
        rowOfSlot = [Int](repeating: -1, count: slots)
        lengthOfSlot = [Int](repeating: 0, count: slots)
        lastUse = [Int](repeating: 0, count: slots)
    }

    deinit { storage.deallocate() }

    /// The slot holding the first `length` entries of row `i` (in the order `columns`), computing
    /// what is missing and, for a new row, evicting the least recently used one.
    private func slot(for i: Int, length: Int, columns: UnsafePointer<Int>) throws -> Int {
        clock += 1
        var slot = slotOfRow[i]
        if slot < 0 {
            if usedSlots < rowOfSlot.count {
                slot = usedSlots
                usedSlots += 1
            } else {
                slot = 0
                for s in 1..<rowOfSlot.count where lastUse[s] < lastUse[slot] { slot = s }
                slotOfRow[rowOfSlot[slot]] = -1
            }
            rowOfSlot[slot] = i
            slotOfRow[i] = slot
            lengthOfSlot[slot] = 0
        }
        lastUse[slot] = clock
        let have = lengthOfSlot[slot]
        if have < length {
            let base = storage + slot * rows.count
            try rows.row(i, columns: columns + have, length: length - have, into: base + have)
            lengthOfSlot[slot] = length
            computedRows += 1
        }
        return slot
    }

    /// Rows `i` and `j` of the kernel matrix, their first `length` entries in the order `columns`;
    /// `i`'s row is pinned while `j`'s is fetched, so both pointers are valid in `body`.
    func withRows<R>(_ i: Int, _ j: Int, length: Int, columns: UnsafePointer<Int>,
                     _ body: (UnsafePointer<Double>, UnsafePointer<Double>) throws -> R) throws -> R {
        let si = try slot(for: i, length: length, columns: columns)
        lastUse[si] = Int.max - 1
        let sj = try slot(for: j, length: length, columns: columns)
        lastUse[si] = clock
        return try body(storage + si * rows.count, storage + sj * rows.count)
    }

    /// Row `i` of the kernel matrix, its first `length` entries in the order `columns`.
    func withRow<R>(_ i: Int, length: Int, columns: UnsafePointer<Int>, _ body: (UnsafePointer<Double>) throws -> R) throws -> R {
        let si = try slot(for: i, length: length, columns: columns)
        return try body(storage + si * rows.count)
    }

    /// The solver exchanged positions `p` < `q` of its order: every cached row exchanges those two
    /// entries, and a row whose prefix ends between them keeps only the part before `p`.
    func swap(_ p: Int, _ q: Int) {
        let n = rows.count
        for slot in 0..<usedSlots where rowOfSlot[slot] >= 0 {
            let length = lengthOfSlot[slot]
            if length > q {
                let base = storage + slot * n
                let t = base[p]
                base[p] = base[q]
                base[q] = t
            } else if length > p {
                lengthOfSlot[slot] = p
            }
        }
    }
}
