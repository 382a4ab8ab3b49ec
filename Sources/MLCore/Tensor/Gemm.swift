import Dispatch
import Foundation

/// Blocked, packed matrix multiplication: C = A·B (or C += A·B), the engine under `matmul`.
///
/// The layout follows the Goto/BLIS scheme: B is packed into panels of `nr` columns and A into
/// strips of `mr` rows, so the micro-kernel streams both from contiguous, cache-resident memory
/// and keeps an mr×nr tile of C in SIMD registers for a whole `kc`-long dot product. Operands are
/// described by strides, so transposed operands cost nothing extra: packing absorbs them.
/// Large products split their columns (or rows) across the machine's cores.
///
/// Two micro-kernels, chosen at compile time:
/// - default (baseline x86-64, SSE2 only): 6×4 with 2-wide vectors, A stored twice per value so
///   broadcasts are plain loads; twelve accumulators fit the 16 SSE registers.
/// - `MLCORE_AVX2` (build with `-target-cpu haswell` and `-D MLCORE_AVX2`): 4×8 with 4-wide vectors,
///   about twice as fast, but the binary then needs an AVX2 CPU.
///
/// When Debian's OpenBLAS can be opened (see `OpenBLAS`), `multiply` hands every product with a
/// unit stride on each operand to its `cblas_dgemm` instead; `blas: false` forces the own kernel
/// (tests compare the two).
enum Gemm {
    #if MLCORE_AVX2
    static let mr = 4
    static let nr = 8
    /// How many copies of each A value packing stores (the SSE2 kernel wants ready-made pairs).
    static let aCopies = 1
    static let mc = 128  // a multiple of mr
    #else
    static let mr = 6
    static let nr = 4
    static let aCopies = 2
    static let mc = 120  // a multiple of mr
    #endif
    static let kc = 256
    static let nc = 2048

    /// A read-only matrix operand: element (i, p) lives at `base[i * rowStride + p * columnStride]`.
    struct Operand {
        var base: UnsafePointer<Double>
        var rowStride: Int
        var columnStride: Int
        @inline(__always) func offset(row: Int, column: Int) -> Operand {
            Operand(base: base + row * rowStride + column * columnStride, rowStride: rowStride, columnStride: columnStride)
        }
    }

    /// Multiplies the m×k operand `a` by the k×n operand `b` into C (row-major, leading dimension `ldc`).
    /// When `accumulate` is false C is overwritten, otherwise the product is added to it.
    static func multiply(m: Int, n: Int, k: Int, a: Operand, b: Operand,
                         c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool, blas: Bool = true) {
        guard m > 0 && n > 0 else { return }
        guard k > 0 else {
            if !accumulate { for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) } }
            return
        }
        if blas, a.rowStride == 1 || a.columnStride == 1, b.rowStride == 1 || b.columnStride == 1,
           let dgemm = OpenBLAS.dgemm {
            // Row-major BLAS: an operand with unit column stride is plain, one with unit row stride transposed.
            let aPlain = a.columnStride == 1, bPlain = b.columnStride == 1
            let lda = aPlain ? Swift.max(a.rowStride, k) : Swift.max(a.columnStride, m)
            let ldb = bPlain ? Swift.max(b.rowStride, n) : Swift.max(b.columnStride, k)
            dgemm(OpenBLAS.rowMajor, aPlain ? OpenBLAS.noTranspose : OpenBLAS.transpose,
                  bPlain ? OpenBLAS.noTranspose : OpenBLAS.transpose,
                  Int32(m), Int32(n), Int32(k), 1, a.base, Int32(lda), b.base, Int32(ldb),
                  accumulate ? 1 : 0, c, Int32(ldc))
            return
        }
        let work = Double(m) * Double(n) * Double(k)
        let threads = work >= 4_000_000 ? Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8) : 1
        if threads > 1 && n >= m && n >= threads * nr {
            // Split the columns into `threads` slabs aligned to the panel width.
            let slab = ((n + threads - 1) / threads + nr - 1) / nr * nr
            let cAddress = UInt(bitPattern: c)
            DispatchQueue.concurrentPerform(iterations: threads) { t in
                let start = t * slab
                guard start < n, let cBase = UnsafeMutablePointer<Double>(bitPattern: cAddress) else { return }
                let width = Swift.min(slab, n - start)
                serial(m: m, n: width, k: k, a: a, b: b.offset(row: 0, column: start),
                       c: cBase + start, ldc: ldc, accumulate: accumulate)
            }
        } else if threads > 1 && m >= threads * mr {
            let slab = ((m + threads - 1) / threads + mr - 1) / mr * mr
            let cAddress = UInt(bitPattern: c)
            DispatchQueue.concurrentPerform(iterations: threads) { t in
                let start = t * slab
                guard start < m, let cBase = UnsafeMutablePointer<Double>(bitPattern: cAddress) else { return }
                let height = Swift.min(slab, m - start)
                serial(m: height, n: n, k: k, a: a.offset(row: start, column: 0), b: b,
                       c: cBase + start * ldc, ldc: ldc, accumulate: accumulate)
            }
        } else {
            serial(m: m, n: n, k: k, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate)
        }
    }

    /// One thread's share: loops over the cache blocks, packing and calling the micro-kernel.
    static func serial(m: Int, n: Int, k: Int, a: Operand, b: Operand,
                       c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
        let kcMax = Swift.min(kc, k)
        let ncMax = Swift.min(nc, (n + nr - 1) / nr * nr)
        let mcMax = Swift.min(mc, (m + mr - 1) / mr * mr)
        let packedB = UnsafeMutableRawPointer.allocate(byteCount: kcMax * ncMax * 8, alignment: 64)
            .bindMemory(to: Double.self, capacity: kcMax * ncMax)
        let packedA = UnsafeMutableRawPointer.allocate(byteCount: aCopies * kcMax * mcMax * 8, alignment: 64)
            .bindMemory(to: Double.self, capacity: aCopies * kcMax * mcMax)
        defer { packedB.deallocate(); packedA.deallocate() }
        var tile = [Double](repeating: 0, count: mr * nr)

        for jc in stride(from: 0, to: n, by: nc) {
            let ncCur = Swift.min(nc, n - jc)
            for pc in stride(from: 0, to: k, by: kc) {
                let kcCur = Swift.min(kc, k - pc)
                packB(b.offset(row: pc, column: jc), k: kcCur, n: ncCur, into: packedB)
                let add = accumulate || pc > 0
                for ic in stride(from: 0, to: m, by: mc) {
                    let mcCur = Swift.min(mc, m - ic)
                    packA(a.offset(row: ic, column: pc), m: mcCur, k: kcCur, into: packedA)
                    for jr in stride(from: 0, to: ncCur, by: nr) {
                        let nrCur = Swift.min(nr, ncCur - jr)
                        let bPanel = packedB + jr * kcCur
                        for ir in stride(from: 0, to: mcCur, by: mr) {
                            let mrCur = Swift.min(mr, mcCur - ir)
                            let aPanel = packedA + aCopies * ir * kcCur
                            let cTile = c + (ic + ir) * ldc + jc + jr
                            if mrCur == mr && nrCur == nr {
                                kernel(k: kcCur, a: aPanel, b: bPanel, c: cTile, ldc: ldc, accumulate: add)
                            } else {
                                tile.withUnsafeMutableBufferPointer { t in
                                    guard let tileBase = t.baseAddress else { return }
                                    kernel(k: kcCur, a: aPanel, b: bPanel, c: tileBase, ldc: nr, accumulate: false)
                                    for r in 0..<mrCur {
                                        for col in 0..<nrCur {
                                            let value = tileBase[r * nr + col]
                                            if add { cTile[r * ldc + col] += value } else { cTile[r * ldc + col] = value }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Packs a k×n block of B into panels of `nr` columns, each stored row by row, zero-padded.
    @inline(__always)
    static func packB(_ b: Operand, k: Int, n: Int, into out: UnsafeMutablePointer<Double>) {
        var destination = out
        for j0 in stride(from: 0, to: n, by: nr) {
            let width = Swift.min(nr, n - j0)
            if width == nr && b.columnStride == 1 {
                for p in 0..<k {
                    let source = b.base + p * b.rowStride + j0
                    for col in 0..<nr { destination[col] = source[col] }
                    destination += nr
                }
            } else {
                for p in 0..<k {
                    for col in 0..<nr {
                        destination[col] = col < width ? b.base[p * b.rowStride + (j0 + col) * b.columnStride] : 0
                    }
                    destination += nr
                }
            }
        }
    }

    /// Packs an m×k block of A into strips of `mr` rows, each stored column by column, zero-padded,
    /// every value `aCopies` times side by side.
    @inline(__always)
    static func packA(_ a: Operand, m: Int, k: Int, into out: UnsafeMutablePointer<Double>) {
        var destination = out
        for i0 in stride(from: 0, to: m, by: mr) {
            let height = Swift.min(mr, m - i0)
            for p in 0..<k {
                let column = a.base + i0 * a.rowStride + p * a.columnStride
                for r in 0..<mr {
                    let value = r < height ? column[r * a.rowStride] : 0
                    for copy in 0..<aCopies { destination[aCopies * r + copy] = value }
                }
                destination += aCopies * mr
            }
        }
    }

    #if MLCORE_AVX2
    /// The 4×8 micro-kernel: eight 4-wide accumulators, one broadcast of A per row.
    @inline(__always)
    static func kernel(k: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
                       c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
        typealias V = SIMD4<Double>
        var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V(), c30 = V(), c31 = V()
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b)
        for p in 0..<k {
            let b0 = rawB.loadUnaligned(fromByteOffset: p * 64, as: V.self)
            let b1 = rawB.loadUnaligned(fromByteOffset: p * 64 + 32, as: V.self)
            let aBase = p * 32
            let a0 = V(repeating: rawA.load(fromByteOffset: aBase, as: Double.self))
            let a1 = V(repeating: rawA.load(fromByteOffset: aBase + 8, as: Double.self))
            c00 += a0 * b0; c01 += a0 * b1
            c10 += a1 * b0; c11 += a1 * b1
            let a2 = V(repeating: rawA.load(fromByteOffset: aBase + 16, as: Double.self))
            let a3 = V(repeating: rawA.load(fromByteOffset: aBase + 24, as: Double.self))
            c20 += a2 * b0; c21 += a2 * b1
            c30 += a3 * b0; c31 += a3 * b1
        }
        store(c00, row: c, accumulate: accumulate); store(c01, row: c + 4, accumulate: accumulate)
        store(c10, row: c + ldc, accumulate: accumulate); store(c11, row: c + ldc + 4, accumulate: accumulate)
        store(c20, row: c + 2 * ldc, accumulate: accumulate); store(c21, row: c + 2 * ldc + 4, accumulate: accumulate)
        store(c30, row: c + 3 * ldc, accumulate: accumulate); store(c31, row: c + 3 * ldc + 4, accumulate: accumulate)
    }
    #else
    /// The 6×4 micro-kernel: a rank-k update of one register-resident tile of C.
    ///
    /// Written with 2-wide vectors so it maps one-to-one onto the 16 SSE registers of baseline
    /// x86-64: twelve accumulators, two for the row of B, one for the broadcast A value.
    @inline(__always)
    static func kernel(k: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
                       c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
        typealias V = SIMD2<Double>
        var c0l = V(), c0r = V(), c1l = V(), c1r = V(), c2l = V(), c2r = V()
        var c3l = V(), c3r = V(), c4l = V(), c4r = V(), c5l = V(), c5r = V()
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b)
        for p in 0..<k {
            let bl = rawB.load(fromByteOffset: p * 32, as: V.self)
            let br = rawB.load(fromByteOffset: p * 32 + 16, as: V.self)
            let aBase = p * 96
            let a0 = rawA.load(fromByteOffset: aBase, as: V.self)
            c0l += a0 * bl; c0r += a0 * br
            let a1 = rawA.load(fromByteOffset: aBase + 16, as: V.self)
            c1l += a1 * bl; c1r += a1 * br
            let a2 = rawA.load(fromByteOffset: aBase + 32, as: V.self)
            c2l += a2 * bl; c2r += a2 * br
            let a3 = rawA.load(fromByteOffset: aBase + 48, as: V.self)
            c3l += a3 * bl; c3r += a3 * br
            let a4 = rawA.load(fromByteOffset: aBase + 64, as: V.self)
            c4l += a4 * bl; c4r += a4 * br
            let a5 = rawA.load(fromByteOffset: aBase + 80, as: V.self)
            c5l += a5 * bl; c5r += a5 * br
        }
        store(SIMD4(lowHalf: c0l, highHalf: c0r), row: c, accumulate: accumulate)
        store(SIMD4(lowHalf: c1l, highHalf: c1r), row: c + ldc, accumulate: accumulate)
        store(SIMD4(lowHalf: c2l, highHalf: c2r), row: c + 2 * ldc, accumulate: accumulate)
        store(SIMD4(lowHalf: c3l, highHalf: c3r), row: c + 3 * ldc, accumulate: accumulate)
        store(SIMD4(lowHalf: c4l, highHalf: c4r), row: c + 4 * ldc, accumulate: accumulate)
        store(SIMD4(lowHalf: c5l, highHalf: c5r), row: c + 5 * ldc, accumulate: accumulate)
    }
    #endif

    @inline(__always)
    static func store(_ value: SIMD4<Double>, row: UnsafeMutablePointer<Double>, accumulate: Bool) {
        let raw = UnsafeMutableRawPointer(row)
        if accumulate {
            raw.storeBytes(of: raw.loadUnaligned(as: SIMD4<Double>.self) + value, as: SIMD4<Double>.self)
        } else {
            raw.storeBytes(of: value, as: SIMD4<Double>.self)
        }
    }
}
