import Foundation

// String(format:) with %s and a Swift String argument, as compiled Swift on Linux prints it,
// next to %@, which is the portable spelling.
print(String(format: "[%s]", "abc"))
print(String(format: "[%@]", "abc"))
print(String(format: "%@ = %d", "epochs", 10))
print(String(format: "%-8@|", "left"))
print(String(format: "%ld %li", Int.max, -5))
