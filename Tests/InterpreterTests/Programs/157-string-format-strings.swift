import Foundation

// String(format:) with a Swift String through %@, with and without width and a long integer.
// (%s with a Swift String reads it as a C pointer: compiled Swift prints stray memory, so
// lectern refuses it; see PrintingTests.)
print(String(format: "[%@]", "abc"))
print(String(format: "%@ = %d", "epochs", 10))
print(String(format: "%-8@|", "left"))
print(String(format: "%ld %li", Int.max, -5))
