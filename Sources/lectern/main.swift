import CAllocator
import LecternCLI

// Lesson code builds and drops large arrays in loops (`xs.map { … }.filter { … }` over 100 000
// values is 2.4 MB per array). glibc serves such blocks with mmap, or trims them back to the
// system when freed, so every pass faulted its pages in again, zeroed by the kernel: a third of
// the `pipeline` benchmark's profile. Keeping blocks up to 32 MiB in the heap and up to 64 MiB of
// free space at its top makes them reusable (`pipeline` 0.98 -> 0.80 s under load); the memory
// budget counts what stays resident, so the cost is at most that much more of it.
lectern_keep_freed_memory(32 << 20, 64 << 20)

LecternMain.main()
