// A forest of a million trees grew past the time limit until the machine ran out of memory (23 GB).
// limits: --timeout 0.5
// error: time limit of 0.5 s exceeded
let data = try Datasets.moons(count: 2000, noise: 0.3, seed: 1)
let forest = RandomForest(trees: 1_000_000, seed: 1)
try forest.fit(data)
