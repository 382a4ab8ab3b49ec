// One seed per tree: Int.max of them must be refused, not allocated.
// error: allocation of 9223372036854775807 elements exceeds the limit of 50000000
let forest = RandomForest(trees: Int.max, seed: 1)
try forest.fit(Datasets.xorTable)
