// backward() on an autodiff graph a million nodes long, then freeing it.
// limits: --timeout 0.5
var v = Value(1.0); for _ in 0..<1_000_000 { v = v + 1.0 }; v.backward()
print(v.grad)
