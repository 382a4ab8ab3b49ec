import Foundation
// Implementation-only: lessons compiled against LessonKit (`lectern run --compile`) see MLCore's
// module but not CVectorMath's module map, and an `internal import` would still be required there.
// (Swift warns that without library evolution this may be unstable: that is about imported types
// in MLCore's layouts, and only C functions and a Bool cross this import.)
@_implementationOnly import CVectorMath

/// Loops over contiguous Doubles that the element-wise maths and the reductions share, written
/// with SIMD types so they vectorise.
///
/// eˣ, tanh, σ and max/min run CVectorMath's AVX-512 kernels when the CPU has AVX-512 (checked
/// once): Swift compiles for baseline x86-64, two doubles per instruction, and numpy's eight-lane
/// loops were 3.5–15× faster than these SIMD4 loops. The `portable…` loops stay for other CPUs
/// and are tested on every machine. The two paths differ in the last bits (FMA, a table), so a
/// long training run can print a different fourth digit on a CPU without AVX-512.
enum VectorKernels {
    /// Whether CVectorMath's AVX-512 kernels run on this CPU.
    static let hasAVX512 = lectern_vm_has_avx512()

    /// The sum of `count` Doubles from `base` by numpy's pairwise summation, in the same order as
    /// numpy (so the same last digit): blocks of up to 128 summed in eight running lanes, halves
    /// summed recursively. Its rounding error grows as O(log n) rather than O(n): 10⁷ × 0.1 sums
    /// to 1000000.0, where a running total drifts to 999999.9998389754.
    static func pairwiseSum(_ base: UnsafePointer<Double>, _ count: Int) -> Double {
        if count < 8 {
            var total = -0.0
            for i in 0..<count { total += base[i] }
            return total
        }
        if count <= 128 {
            typealias V = SIMD4<Double>
            let raw = UnsafeRawPointer(base)
            var low = raw.loadUnaligned(as: V.self), high = raw.loadUnaligned(fromByteOffset: 32, as: V.self)
            var i = 8
            let end = count - count % 8
            while i < end {
                low += raw.loadUnaligned(fromByteOffset: i * 8, as: V.self)
                high += raw.loadUnaligned(fromByteOffset: i * 8 + 32, as: V.self)
                i += 8
            }
            var total = ((low[0] + low[1]) + (low[2] + low[3])) + ((high[0] + high[1]) + (high[2] + high[3]))
            while i < count { total += base[i]; i += 1 }
            return total
        }
        var half = count / 2
        half -= half % 8
        return pairwiseSum(base, half) + pairwiseSum(base + half, count - half)
    }

    /// The pairwise sum of a buffer (0 when empty).
    static func pairwiseSum(_ x: UnsafeBufferPointer<Double>) -> Double {
        guard let base = x.baseAddress, !x.isEmpty else { return 0 }
        return pairwiseSum(base, x.count)
    }

    /// The largest (`largest: true`) or smallest element, NaN if any element is NaN (as numpy's
    /// `max`/`min`), nil when empty.
    static func extreme(_ x: UnsafeBufferPointer<Double>, largest: Bool) -> Double? {
        guard let base = x.baseAddress, !x.isEmpty else { return nil }
        guard hasAVX512 else { return portableExtreme(x, largest: largest) }
        return largest ? lectern_vm_max(base, x.count) : lectern_vm_min(base, x.count)
    }

    /// `extreme` in SIMD4 Swift, for CPUs without AVX-512.
    static func portableExtreme(_ x: UnsafeBufferPointer<Double>, largest: Bool) -> Double? {
        guard let base = x.baseAddress, let first = x.first else { return nil }
        typealias V = SIMD4<Double>
        let raw = UnsafeRawPointer(base)
        var best = V(repeating: first)
        var sawNaN = SIMDMask<V.MaskStorage>(repeating: false)
        var i = 0
        while i + 4 <= x.count {
            let v = raw.loadUnaligned(fromByteOffset: i * 8, as: V.self)
            sawNaN .|= v .!= v
            best = largest ? best.replacing(with: v, where: v .> best) : best.replacing(with: v, where: v .< best)
            i += 4
        }
        var result = largest ? best.max() : best.min()
        var nan = any(sawNaN)
        while i < x.count {
            let v = x[i]
            if v.isNaN { nan = true }
            if largest ? v > result : v < result { result = v }
            i += 1
        }
        return nan || first.isNaN ? .nan : result
    }
}

extension VectorKernels {
    typealias Lanes = SIMD4<Double>

    /// eˣ for four lanes: x = n·ln 2 + r with |r| ≤ ln 2 / 2 (Cody–Waite: ln 2 in two parts, so
    /// n·ln 2 is exact), eʳ by its Taylor polynomial to degree 13 (truncation below 10⁻¹⁷), then
    /// 2ⁿ put straight into the exponent bits. Within 2 ulp of the correctly rounded result on
    /// [−708, 709] (tested); lanes outside it (overflow to ∞, subnormal results, NaN) are left to
    /// `Foundation.exp` by `exp(_:into:)`.
    @inline(__always)
    static func exp(_ x: Lanes) -> Lanes {
        let log2e = 1.4426950408889634
        let ln2High = 6.93147180369123816490e-01, ln2Low = 1.90821492927058770002e-10
        // Adding 1.5·2⁵² rounds x·log₂e to the nearest integer n and leaves n in the low bits.
        let magic = 6_755_399_441_055_744.0
        let shifted = x * log2e + magic
        let n = shifted - magic
        let r = (x - n * ln2High) - n * ln2Low
        var p = r * (1.0 / 6_227_020_800) + 1.0 / 479_001_600
        p = p * r + 1.0 / 39_916_800
        p = p * r + 1.0 / 3_628_800
        p = p * r + 1.0 / 362_880
        p = p * r + 1.0 / 40_320
        p = p * r + 1.0 / 5_040
        p = p * r + 1.0 / 720
        p = p * r + 1.0 / 120
        p = p * r + 1.0 / 24
        p = p * r + 1.0 / 6
        p = p * r + 0.5
        p = p * r + 1
        p = p * r + 1
        let integer = unsafeBitCast(shifted, to: SIMD4<UInt64>.self) &- SIMD4<UInt64>(repeating: magic.bitPattern)
        return p * unsafeBitCast((integer &+ 1023) &<< 52, to: Lanes.self)
    }

    /// Whether every lane of `x` lies in [−708, 709], where the four-lane `exp` is exact to 2 ulp.
    @inline(__always)
    static func expInRange(_ x: Lanes) -> Bool {
        all((x .>= -708) .& (x .<= 709))
    }

    /// The logistic sigmoid of four lanes in [−708, 708] without overflow: with e = e^−|x|,
    /// 1/(1 + e) for x ≥ 0 and e/(1 + e) below.
    @inline(__always)
    static func sigmoid(_ x: Lanes) -> Lanes {
        let e = exp(-x.replacing(with: -x, where: x .< 0))
        let s = 1 / (1 + e)
        return s.replacing(with: e * s, where: x .< 0)
    }

    /// `transform` of every element, four at a time, where `inRange` holds for the four lanes;
    /// other blocks, and the last few elements, go through `scalar`. `x` and `out` may be the
    /// same memory (an in-place map).
    @inline(__always)
    static func map(_ x: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, count: Int,
                    _ transform: (Lanes) -> Lanes, inRange: (Lanes) -> Bool, scalar: (Double) -> Double) {
        let input = UnsafeRawPointer(x), output = UnsafeMutableRawPointer(out)
        var i = 0
        while i + 4 <= count {
            let v = input.loadUnaligned(fromByteOffset: i * 8, as: Lanes.self)
            if inRange(v) {
                output.storeBytes(of: transform(v), toByteOffset: i * 8, as: Lanes.self)
            } else {
                for j in i..<(i + 4) { out[j] = scalar(x[j]) }
            }
            i += 4
        }
        while i < count { out[i] = scalar(x[i]); i += 1 }
    }

    /// eˣ of `count` elements.
    static func exp(_ x: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, count: Int) {
        if hasAVX512 { lectern_vm_exp(x, out, count) } else { portableExp(x, into: out, count: count) }
    }

    /// `exp` in SIMD4 Swift, for CPUs without AVX-512.
    static func portableExp(_ x: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, count: Int) {
        map(x, into: out, count: count, exp, inRange: expInRange, scalar: Foundation.exp)
    }

    /// σ(x) of `count` elements.
    static func sigmoid(_ x: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, count: Int) {
        if hasAVX512 { lectern_vm_sigmoid(x, out, count) } else { portableSigmoid(x, into: out, count: count) }
    }

    /// `sigmoid` in SIMD4 Swift, for CPUs without AVX-512 (a block with a NaN or a lane beyond
    /// ±708 goes through the scalar sigmoid).
    static func portableSigmoid(_ x: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, count: Int) {
        map(x, into: out, count: count, sigmoid, inRange: { all(($0 .>= -708) .& ($0 .<= 708)) }, scalar: stableSigmoid)
    }

    /// tanh of `count` elements: AVX-512, or Foundation's scalar `tanh` on other CPUs.
    static func tanh(_ x: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, count: Int) {
        if hasAVX512 { lectern_vm_tanh(x, out, count) } else { for i in 0..<count { out[i] = Foundation.tanh(x[i]) } }
    }
}
