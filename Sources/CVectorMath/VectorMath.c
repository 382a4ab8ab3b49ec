// MLCore's element-wise eˣ, tanh, sigmoid and max/min with AVX-512.
//
// Why C: Swift on Linux compiles for baseline x86-64 (SSE2) and has no per-function target
// attribute, so its SIMD code runs two doubles per instruction, where numpy runs eight. Here each
// kernel carries __attribute__((target("avx512f,avx512dq"))) and MLCore calls it only after
// lectern_vm_has_avx512() said yes, so the binary still runs on any x86-64 (and elsewhere: on
// other architectures this file compiles to a `false` and nothing else).
//
// eˣ: x = (16n + j)·ln2/16 + r with |r| ≤ ln2/32, so eˣ = 2ⁿ · 2^(j/16) · eʳ. 2^(j/16) comes from a
// 16-entry table held in two registers (one permute), eʳ from its Taylor polynomial to degree 7
// (truncation below 2·10⁻¹⁸), 2ⁿ from vscalefpd, which also gives ∞ on overflow and rounds
// subnormal results. No lane needs a scalar fallback.
#include "CVectorMath.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define KERNEL __attribute__((target("avx512f,avx512dq")))
#define INLINE static inline __attribute__((target("avx512f,avx512dq"), always_inline))

bool lectern_vm_has_avx512(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
}

/// 2^(j/16) for j = 0…15, each the double nearest the exact value.
static const double exp2Sixteenths[16] = {
    0x1.0000000000000p+0, 0x1.0b5586cf9890fp+0, 0x1.172b83c7d517bp+0, 0x1.2387a6e756238p+0,
    0x1.306fe0a31b715p+0, 0x1.3dea64c123422p+0, 0x1.4bfdad5362a27p+0, 0x1.5ab07dd485429p+0,
    0x1.6a09e667f3bcdp+0, 0x1.7a11473eb0187p+0, 0x1.8ace5422aa0dbp+0, 0x1.9c49182a3f090p+0,
    0x1.ae89f995ad3adp+0, 0x1.c199bdd85529cp+0, 0x1.d5818dcfba487p+0, 0x1.ea4afa2a490dap+0,
};

/// 2^(j/16) − exp2Sixteenths[j]: the rounding error of each entry, for tanh's small arguments.
static const double exp2SixteenthsLow[16] = {
    0x0.0p+0, 0x1.8a62e4adc610bp-54, -0x1.19041b9d78a76p-55, 0x1.9b07eb6c70573p-54,
    0x1.6f46ad23182e4p-55, 0x1.ada0911f09ebcp-55, 0x1.d4397afec42e2p-56, 0x1.6324c054647adp-54,
    -0x1.bdd3413b26456p-54, -0x1.41577ee04992fp-55, 0x1.6e9f156864b27p-54, 0x1.c7c46b071f2bep-56,
    0x1.7a1cd345dcc81p-54, 0x1.11065895048ddp-55, 0x1.2ed02d75b3707p-55, -0x1.e9c23179c2893p-54,
};

/// The two tables, each in two registers (entries 0–7 and 8–15), for `permutex2var`.
typedef struct { __m512d low, high, errorLow, errorHigh; } Tables;

INLINE Tables loadTables(void) {
    return (Tables){_mm512_loadu_pd(exp2Sixteenths), _mm512_loadu_pd(exp2Sixteenths + 8),
                    _mm512_loadu_pd(exp2SixteenthsLow), _mm512_loadu_pd(exp2SixteenthsLow + 8)};
}

/// The pieces of eʸ = 2ⁿ · (t + tError) · (1 + r·q) for lanes with |y| ≤ 746: `k` = 16n + j (as a
/// double), t + tError = 2^(j/16) to 106 bits and eʳ = 1 + r + r²·q, so that callers can form eʸ
/// or eʸ − 1 without losing digits to the table's rounding.
typedef struct { __m512d k, t, tError, r, q; } ExpParts;

INLINE ExpParts expParts(__m512d y, Tables tables) {
    // Adding 1.5·2⁵² rounds y·16/ln2 to the integer k and leaves k's two's complement in the low
    // mantissa bits, whose lowest four are j: the permute's index.
    const __m512d shift = _mm512_set1_pd(0x1.8p52);
    __m512d shifted = _mm512_fmadd_pd(y, _mm512_set1_pd(0x1.71547652b82fep+4), shift);
    __m512d k = _mm512_sub_pd(shifted, shift);
    // ln2/16 in two parts (Cody–Waite), so r = y − k·ln2/16 keeps its digits for large k.
    __m512d r = _mm512_fnmadd_pd(k, _mm512_set1_pd(0x1.62e42fefa39efp-5), y);
    r = _mm512_fnmadd_pd(k, _mm512_set1_pd(0x1.abc9e3b39803fp-60), r);
    __m512i j = _mm512_castpd_si512(shifted);
    __m512d t = _mm512_permutex2var_pd(tables.low, j, tables.high);
    __m512d tError = _mm512_permutex2var_pd(tables.errorLow, j, tables.errorHigh);
    // q = (eʳ − 1 − r)/r² = Σ rⁱ/(i+2)! for i ≤ 5; the 1 and r of eʳ are added by the callers,
    // exactly, so that q's rounding is scaled down by r².
    __m512d q = _mm512_set1_pd(1.0 / 5040);
    q = _mm512_fmadd_pd(q, r, _mm512_set1_pd(1.0 / 720));
    q = _mm512_fmadd_pd(q, r, _mm512_set1_pd(1.0 / 120));
    q = _mm512_fmadd_pd(q, r, _mm512_set1_pd(1.0 / 24));
    q = _mm512_fmadd_pd(q, r, _mm512_set1_pd(1.0 / 6));
    q = _mm512_fmadd_pd(q, r, _mm512_set1_pd(0.5));
    return (ExpParts){k, t, tError, r, q};
}

/// The small part of (t + tError)·eʳ − t − t·r: tError + t·r·r·q (tError·r is below 2⁻¹⁰⁸).
INLINE __m512d expSmall(ExpParts p) {
    return _mm512_fmadd_pd(_mm512_mul_pd(p.t, p.r), _mm512_mul_pd(p.r, p.q), p.tError);
}

/// 2ⁿ = 2^floor(k/16) times `v`, by vscalefpd (∞ on overflow, rounded subnormals).
INLINE __m512d scaled(__m512d v, ExpParts p) {
    return _mm512_scalef_pd(v, _mm512_mul_pd(p.k, _mm512_set1_pd(1.0 / 16)));
}

/// eʸ for any lanes (NaN stays NaN, ±∞ give ∞ and 0).
INLINE __m512d expLanes(__m512d y, Tables tables) {
    // Clamp into [−746, 710], beyond which eʸ is 0 or ∞ anyway; min/max return their second
    // operand when either is NaN, so a NaN passes through.
    y = _mm512_min_pd(_mm512_set1_pd(710), y);
    y = _mm512_max_pd(_mm512_set1_pd(-746), y);
    ExpParts p = expParts(y, tables);
    // t·r exact inside the FMA: one rounding of everything but the leading t.
    return scaled(_mm512_add_pd(p.t, _mm512_fmadd_pd(p.t, p.r, expSmall(p))), p);
}

/// The mask of the first `remaining` (< 8) lanes.
INLINE __mmask8 firstLanes(long remaining) { return (__mmask8)((1u << remaining) - 1); }

/// Applies `LANES(v, tables)` to every element, eight at a time, the last few with masks.
#define MAP_KERNEL(NAME, LANES)                                                                   \
    KERNEL void NAME(const double *x, double *out, long count) {                                  \
        const Tables tables = loadTables();                                                       \
        long i = 0;                                                                               \
        for (; i + 8 <= count; i += 8) _mm512_storeu_pd(out + i, LANES(_mm512_loadu_pd(x + i), tables)); \
        if (i < count) {                                                                          \
            __mmask8 m = firstLanes(count - i);                                                   \
            _mm512_mask_storeu_pd(out + i, m, LANES(_mm512_maskz_loadu_pd(m, x + i), tables));    \
        }                                                                                         \
    }

MAP_KERNEL(lectern_vm_exp, expLanes)

/// n / (a + b) for |a| ≥ |b|, to about half an ulp: the sum's rounding error (Fast2Sum) and the
/// quotient's (the exact remainder from an FMA) are folded back in through a 14-bit reciprocal,
/// plenty for a correction that small. A plain division would add up to 1.5 ulp to tanh and σ.
INLINE __m512d divideSum(__m512d n, __m512d a, __m512d b) {
    __m512d d = _mm512_add_pd(a, b);
    __m512d dError = _mm512_sub_pd(b, _mm512_sub_pd(d, a));
    __m512d q = _mm512_div_pd(n, d);
    __m512d remainder = _mm512_fnmadd_pd(q, dError, _mm512_fnmadd_pd(q, d, n));
    return _mm512_fmadd_pd(remainder, _mm512_rcp14_pd(d), q);
}

/// tanh x = sign(x) · E/(E + 2) with E = e^(2|x|) − 1, formed from the pieces of e^(2|x|) without
/// cancellation, so tanh keeps its digits near 0 (tanh x ≈ x). |x| is clamped to 20, where
/// tanh is 1 to double precision.
INLINE __m512d tanhLanes(__m512d x, Tables tables) {
    const __m512d sign = _mm512_set1_pd(-0.0), one = _mm512_set1_pd(1.0);
    __m512d a = _mm512_min_pd(_mm512_set1_pd(20), _mm512_andnot_pd(sign, x));
    ExpParts p = expParts(_mm512_add_pd(a, a), tables);
    // 2^(j/16)·eʳ − 1 = ((t − 1) + t·r) + small, t − 1 exact and t·r exact inside the FMA (where
    // t − 1 and t·r nearly cancel, for 2|x| just above ln2/32); then E = 2ⁿ·that + (2ⁿ − 1),
    // 2ⁿ − 1 exact too (n ≤ 58).
    __m512d v = _mm512_add_pd(_mm512_fmadd_pd(p.t, p.r, _mm512_sub_pd(p.t, one)), expSmall(p));
    __m512d power = scaled(one, p);
    __m512d e = _mm512_fmadd_pd(power, v, _mm512_sub_pd(power, one));
    const __m512d two = _mm512_set1_pd(2.0);
    __m512d magnitude = divideSum(e, _mm512_max_pd(e, two), _mm512_min_pd(e, two));
    // Below |x| = 1/16 the quotient's rounding would be 2.5 ulp of the result: there tanh's
    // Taylor series, a·(1 + a²·P(a²)) to a¹³ (the next term is below 10⁻¹⁹ of the result). Only
    // for registers that hold such a lane (one in ten for numbers uniform in [−5, 5)).
    __mmask8 small = _mm512_cmp_pd_mask(a, _mm512_set1_pd(0.0625), _CMP_LT_OQ);
    if (small) {
        __m512d a2 = _mm512_mul_pd(a, a);
        __m512d series = _mm512_set1_pd(21844.0 / 6081075);
        series = _mm512_fmadd_pd(series, a2, _mm512_set1_pd(-1382.0 / 155925));
        series = _mm512_fmadd_pd(series, a2, _mm512_set1_pd(62.0 / 2835));
        series = _mm512_fmadd_pd(series, a2, _mm512_set1_pd(-17.0 / 315));
        series = _mm512_fmadd_pd(series, a2, _mm512_set1_pd(2.0 / 15));
        series = _mm512_fmadd_pd(series, a2, _mm512_set1_pd(-1.0 / 3));
        series = _mm512_fmadd_pd(_mm512_mul_pd(a, a2), series, a);
        magnitude = _mm512_mask_blend_pd(small, magnitude, series);
    }
    return _mm512_or_pd(magnitude, _mm512_and_pd(sign, x));
}

MAP_KERNEL(lectern_vm_tanh, tanhLanes)

/// σ(x) = 1/(1 + e) for x ≥ 0 and e/(1 + e) below, with e = e^−|x| ≤ 1: no overflow, one division.
INLINE __m512d sigmoidLanes(__m512d x, Tables tables) {
    const __m512d one = _mm512_set1_pd(1.0);
    __m512d e = expLanes(_mm512_or_pd(_mm512_set1_pd(-0.0), x), tables);
    __mmask8 negative = _mm512_cmp_pd_mask(x, _mm512_setzero_pd(), _CMP_LT_OQ);
    return divideSum(_mm512_mask_blend_pd(negative, one, e), one, e);
}

MAP_KERNEL(lectern_vm_sigmoid, sigmoidLanes)

/// The largest (`largest`) or smallest element in four running registers, NaN if any is NaN.
/// vmaxpd/vminpd return their second operand when either is NaN, so `best` never takes a NaN;
/// NaNs are found by one unordered compare per pair of registers instead of a branch per element.
INLINE double extreme(const double *x, long count, int largest) {
    const __m512d fill = _mm512_set1_pd(largest ? -__builtin_inf() : __builtin_inf());
    __m512d b0 = fill, b1 = fill, b2 = fill, b3 = fill;
    __mmask8 nan = 0;
    long i = 0;
    for (; i + 32 <= count; i += 32) {
        __m512d v0 = _mm512_loadu_pd(x + i), v1 = _mm512_loadu_pd(x + i + 8);
        __m512d v2 = _mm512_loadu_pd(x + i + 16), v3 = _mm512_loadu_pd(x + i + 24);
        nan |= _mm512_cmp_pd_mask(v0, v1, _CMP_UNORD_Q) | _mm512_cmp_pd_mask(v2, v3, _CMP_UNORD_Q);
        if (largest) {
            b0 = _mm512_max_pd(v0, b0); b1 = _mm512_max_pd(v1, b1);
            b2 = _mm512_max_pd(v2, b2); b3 = _mm512_max_pd(v3, b3);
        } else {
            b0 = _mm512_min_pd(v0, b0); b1 = _mm512_min_pd(v1, b1);
            b2 = _mm512_min_pd(v2, b2); b3 = _mm512_min_pd(v3, b3);
        }
    }
    for (; i < count; i += 8) {
        __mmask8 m = count - i >= 8 ? (__mmask8)0xff : firstLanes(count - i);
        __m512d v = _mm512_mask_loadu_pd(fill, m, x + i);
        nan |= _mm512_cmp_pd_mask(v, v, _CMP_UNORD_Q);
        b0 = largest ? _mm512_max_pd(v, b0) : _mm512_min_pd(v, b0);
    }
    if (nan) return __builtin_nan("");
    if (largest) return _mm512_reduce_max_pd(_mm512_max_pd(_mm512_max_pd(b0, b1), _mm512_max_pd(b2, b3)));
    return _mm512_reduce_min_pd(_mm512_min_pd(_mm512_min_pd(b0, b1), _mm512_min_pd(b2, b3)));
}

KERNEL double lectern_vm_max(const double *x, long count) { return extreme(x, count, 1); }
KERNEL double lectern_vm_min(const double *x, long count) { return extreme(x, count, 0); }

#else
bool lectern_vm_has_avx512(void) { return false; }
void lectern_vm_exp(const double *x, double *out, long count) { (void)x; (void)out; (void)count; }
void lectern_vm_tanh(const double *x, double *out, long count) { (void)x; (void)out; (void)count; }
void lectern_vm_sigmoid(const double *x, double *out, long count) { (void)x; (void)out; (void)count; }
double lectern_vm_max(const double *x, long count) { (void)x; (void)count; return 0; }
double lectern_vm_min(const double *x, long count) { (void)x; (void)count; return 0; }
#endif
