#ifndef LECTERN_ALLOCATOR_H
#define LECTERN_ALLOCATOR_H

/// Keeps blocks up to `mmap_threshold` bytes in glibc's heap (not mapped per block) and up to
/// `trim_threshold` free bytes at its top, so large arrays freed and built again in a loop reuse
/// their pages instead of faulting them in anew. Does nothing where glibc's mallopt is missing.
void lectern_keep_freed_memory(int mmap_threshold, int trim_threshold);

#endif
