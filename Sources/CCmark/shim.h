#ifndef LECTERN_CCMARK_SHIM_H
#define LECTERN_CCMARK_SHIM_H
#include <cmark.h>
#endif
