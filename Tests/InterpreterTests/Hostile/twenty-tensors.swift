// 20 tensors of 40M elements in one cell.
// limits: --timeout 0.5
// error: allocation of 8000000 | time limit of 0.5 s exceeded
var ts: [Tensor] = []
for i in 0..<20 { ts.append(try Tensor.zeros([40_000_000]) + Double(i)) }
