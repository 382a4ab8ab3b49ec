// A width that overflows Int: SIGILL in Foundation.
// error: String(format:) width or precision too large
print(String(format: "%99999999999999999999d", 1))
