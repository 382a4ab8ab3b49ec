#ifndef LECTERN_CBLAS_SHIM_H
#define LECTERN_CBLAS_SHIM_H
#include <cblas.h>
#endif
