// Big numbers must never wrap in budget arithmetic.
// limits: --max-allocation 9223372036854775807
// error: allocation of 9223372036854775807 elements would exceed the memory limit
let a = Array(repeating: 0, count: Int.max)
