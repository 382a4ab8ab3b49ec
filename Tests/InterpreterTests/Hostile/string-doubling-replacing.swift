// limits: --timeout 0.5
// error: allocation of 67108864 elements exceeds the limit of 50000000 | time limit of 0.5 s exceeded
var s = "xx"; for _ in 0..<64 { s = s.replacingOccurrences(of: "x", with: "xx") }
