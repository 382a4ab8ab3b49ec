// The Higgs rows of benchmarks/higgs/run: `lectern-bench higgs FILE`.
//
// Reads the HIGGS events (Lessons/data/higgs/higgs-5000.csv), trains each model of lesson 17 on
// the first 3 500 events and tests on the last 1 500 — the split benchmarks/higgs/peer.py gives
// scikit-learn — and prints `NAME SECONDS AUC` per row: the fit time and the test AUC. The network
// and the SVM see features standardised with the training events' means and deviations.
import Foundation
import MLCore

/// One row: a name (the peer uses the same), the features, whether to standardise, and a model.
private struct HiggsBenchmark {
    var name: String
    var features: HiggsFeatures
    var standardized: Bool
    var make: () throws -> any Classifier & Estimator
}

private let higgsBenchmarks: [HiggsBenchmark] = [
    HiggsBenchmark(name: "gbt_200_depth3", features: .all, standardized: false) { GradientBoosting(rounds: 200, learningRate: 0.1, maxDepth: 3) },
    HiggsBenchmark(name: "adaboost_100_depth2", features: .all, standardized: false) { AdaBoost(rounds: 100, maxDepth: 2) },
    HiggsBenchmark(name: "forest_200", features: .all, standardized: false) { RandomForest(trees: 200, seed: 0, threads: 1) },
    HiggsBenchmark(name: "svm_rbf", features: .all, standardized: true) { SVM(c: 1, kernel: .rbf()) },
    HiggsBenchmark(name: "gbt_200_depth3_low", features: .lowLevel, standardized: false) { GradientBoosting(rounds: 200, learningRate: 0.1, maxDepth: 3) },
    HiggsBenchmark(name: "gbt_200_depth3_high", features: .highLevel, standardized: false) { GradientBoosting(rounds: 200, learningRate: 0.1, maxDepth: 3) },
]

/// The network rows train with Adam for a fixed number of epochs (not an Estimator's `fit`).
private let networkRows: [(name: String, features: HiggsFeatures)] = [("dnn_64x64", .all), ("dnn_64x64_low", .lowLevel), ("dnn_64x64_high", .highLevel)]

/// Runs every row (or those whose name contains `filter`).
func runHiggsBenchmarks(file: String, filter: String? = nil) throws {
    let events = try Higgs.read(file)
    let (trainEvents, testEvents) = try events.split(trainingCount: 3500)
    func data(_ features: HiggsFeatures, standardized: Bool) throws -> (Dataset, Dataset) {
        let train = try trainEvents.dataset(features), test = try testEvents.dataset(features)
        guard standardized else { return (train, test) }
        let scaler = try Standardizer(fitting: train)
        return (try scaler.transform(train), try scaler.transform(test))
    }
    for benchmark in higgsBenchmarks where filter.map({ benchmark.name.contains($0) }) ?? true {
        let (train, test) = try data(benchmark.features, standardized: benchmark.standardized)
        var model = try benchmark.make()
        let seconds = try best(of: 1) {
            model = try benchmark.make()
            try model.fit(train)
        }
        print("\(benchmark.name) \(String(format: "%.6f %.4f", seconds, try Metrics.auc(model, on: test)))")
    }
    for row in networkRows where filter.map({ row.name.contains($0) }) ?? true {
        let (train, test) = try data(row.features, standardized: true)
        var model = try MLP([row.features.indices.count, 64, 64, 1], activation: .relu, output: .sigmoid, seed: 2)
        let seconds = try best(of: 1) {
            model = try MLP([row.features.indices.count, 64, 64, 1], activation: .relu, output: .sigmoid, seed: 2)
            try model.fit(train, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.001), epochs: 10, batchSize: 64, seed: 3)
        }
        print("\(row.name) \(String(format: "%.6f %.4f", seconds, try Metrics.auc(model, on: test)))")
    }
}
