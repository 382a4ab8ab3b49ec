// limits: --timeout 0.5
// error: time limit of 0.5 s exceeded
let data = try Datasets.moons(count: 2000, noise: 0.3, seed: 1)
let model = GradientBoosting(rounds: 100_000_000)
try model.fit(data)
