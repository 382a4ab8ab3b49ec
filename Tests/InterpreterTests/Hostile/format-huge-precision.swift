// A precision that overflows Int.
// error: String(format:) width or precision too large
print(String(format: "%.99999999999999999999f", 1.0))
