// Exponential string growth through interpolation.
// limits: --timeout 0.5
// error: allocation of 67108864 elements exceeds the limit of 50000000 | time limit of 0.5 s exceeded
var s = "x"; for _ in 0..<64 { s = "\(s)\(s)" }
