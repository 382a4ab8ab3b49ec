// limits: --max-allocation 9223372036854775807
// error: allocation of 9223372036854775806 elements would exceed the memory limit
let s = String(repeating: "ab", count: Int.max / 2)
