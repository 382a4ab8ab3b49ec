import Foundation

// String(format:) as compiled Swift prints it on Linux. `%d`, `%i`, `%x` and `%c` read 32 bits
// of an Int unless the format says `l`; a Swift String prints through `%@` (width ignored).
// (`%s` reads a C pointer: a Swift String there prints stray memory, so lectern refuses it.)
print(String(format: "%d|%i|%x|%X", Int.max, Int.min, Int.max, -1))
print(String(format: "%d %d", 3_000_000_000, -3_000_000_000))
print(String(format: "%ld|%li|%lx", Int.max, Int.min, Int.max))
print(String(format: "%5d|%-5d|%05d|%+d|% d", 42, 42, 42, 7, 7))
print(String(format: "[%c][%c]", 65, 321))
print(String(format: "[%@][%10@][%-10@][%.1@]", "abc", "abc", "déf", "xyz"))
print(String(format: "%.2f|%8.3f|%-8.1f|%e|%g|%g", 3.14159, 2.5, -1.25, 12345.678, 0.0001, 1e20))
print(String(format: "%.3f%%", 99.5))
