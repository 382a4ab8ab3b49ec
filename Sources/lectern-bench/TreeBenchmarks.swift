// The trees, forests and boosting rows of benchmarks/trees/run: `lectern-bench trees DIR`.
//
// Reads the CSV data sets that benchmarks/trees/peer.py wrote to DIR, fits each model with the
// settings the peer gives scikit-learn, and prints `NAME SECONDS ACCURACY AUC` per row: the best
// fit time of a few repeats, then the test accuracy and AUC of the last fit.
import Foundation
import MLCore

/// One benchmark row: a name (the peer uses the same), repeats, and a fresh model.
private struct TreeBenchmark {
    var name: String
    var repeats: Int
    var make: () -> any Classifier & Estimator
}

private let treeBenchmarks: [TreeBenchmark] = [
    TreeBenchmark(name: "cart_depth5", repeats: 5) { DecisionTree(maxDepth: 5) },
    TreeBenchmark(name: "forest_200", repeats: 1) { RandomForest(trees: 200, seed: 0, threads: 1) },
    TreeBenchmark(name: "forest_200_2threads", repeats: 1) { RandomForest(trees: 200, seed: 0, threads: 2) },
    TreeBenchmark(name: "adaboost_200_depth3", repeats: 1) { AdaBoost(rounds: 200, maxDepth: 3) },
    TreeBenchmark(name: "gbt_200_depth3", repeats: 3) { GradientBoosting(rounds: 200, learningRate: 0.1, maxDepth: 3) },
]

/// Runs every row (or those whose name contains `filter`) on both data sets.
func runTreeBenchmarks(folder: String, filter: String? = nil) throws {
    for data in ["synthetic", "moons"] {
        let train = try CSV.dataset("\(folder)/\(data)-train.csv")
        let test = try CSV.dataset("\(folder)/\(data)-test.csv")
        for benchmark in treeBenchmarks where filter.map({ "\(data)_\(benchmark.name)".contains($0) }) ?? true {
            var model = benchmark.make()
            let seconds = try best(of: benchmark.repeats) {
                model = benchmark.make()
                try model.fit(train)
            }
            let accuracy = try Metrics.accuracy(model, on: test)
            let auc = try Metrics.auc(model, on: test)
            print("\(data)_\(benchmark.name) \(String(format: "%.6f %.4f %.4f", seconds, accuracy, auc))")
        }
    }
}
