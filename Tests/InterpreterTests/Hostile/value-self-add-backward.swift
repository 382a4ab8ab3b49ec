// v = v + v a hundred thousand times: a graph with 2^100000 paths.
// limits: --timeout 0.5
var v = Value(1.0); for _ in 0..<100_000 { v = v + v }; v.backward(); print(v.grad)
