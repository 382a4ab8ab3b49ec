import Foundation

// String(format:) with integers, doubles and strings as compiled Swift prints them on Linux.
print(String(format: "%d", Int.max))
print(String(format: "%d", Int.min))
print(String(format: "%5d|%-5d|", 42, 42))
print(String(format: "%.3f", 3.14159))
print(String(format: "%8.2f|", -2.5))
print(String(format: "%e", 12345.678))
print(String(format: "%g %g", 0.0001, 1000000.0))
print(String(format: "%x %X", 255, 255))
print(String(format: "%05.1f%%", 12.345))
print(String(format: "%@ has %d items", "list", 3))
let name = "accuracy"
print(String(format: "%@: %.2f", name, 0.875))
print(String(format: "epoch %3d  loss %.4f", 7, 0.123456))
