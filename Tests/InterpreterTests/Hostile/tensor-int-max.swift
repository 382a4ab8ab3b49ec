// limits: --max-allocation 9223372036854775807
// error: allocation of 9223372036854775807 elements would exceed the memory limit
let t = try Tensor.zeros([Int.max])
