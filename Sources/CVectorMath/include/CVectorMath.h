// AVX-512 kernels for MLCore's element-wise maths and extrema (see VectorMath.c for why C).
#ifndef LECTERN_CVECTORMATH_H
#define LECTERN_CVECTORMATH_H

#include <stdbool.h>

/// Whether this CPU (and its operating system) runs the AVX-512 kernels below; when false,
/// calling them is undefined and MLCore uses its portable Swift loops instead.
bool lectern_vm_has_avx512(void);

/// out[i] = eˣ of x[i] for i < count (x and out may be the same memory).
void lectern_vm_exp(const double *x, double *out, long count);
/// out[i] = tanh(x[i]).
void lectern_vm_tanh(const double *x, double *out, long count);
/// out[i] = 1 / (1 + e^−x[i]), computed without overflow.
void lectern_vm_sigmoid(const double *x, double *out, long count);
/// The largest of count ≥ 1 elements, NaN if any is NaN.
double lectern_vm_max(const double *x, long count);
/// The smallest of count ≥ 1 elements, NaN if any is NaN.
double lectern_vm_min(const double *x, long count);

#endif
