// error: allocation of 9223372036854775807 elements exceeds the limit of 50000000
let p = try TestFunction.rosenbrock.path(from: (x: 1, y: 1), optimizer: SGD(learningRate: 0.001), steps: Int.max)
