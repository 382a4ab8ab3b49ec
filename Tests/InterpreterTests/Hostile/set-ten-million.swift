// 17 s against a 3 s limit; here 0.5 s.
// limits: --timeout 0.5
// error: time limit of 0.5 s exceeded
let s = Set(0..<10_000_000)
print(s.count)
