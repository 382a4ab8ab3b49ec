// lectern-bench: times MLCore's hot paths (best of N, release build) for benchmarks/mlcore/run.
//
// Prints one line per benchmark: `NAME SECONDS`. The peer script (benchmarks/mlcore/peer.py) does
// the same work in numpy and prints the same names, so the runner can print ratios.
import Foundation
import MLCore

/// The best wall-clock time of `repeats` runs of `body`, in seconds.
func best(of repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var bestTime = Double.infinity
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        bestTime = min(bestTime, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return bestTime
}

func report(_ name: String, _ seconds: Double) {
    print("\(name) \(String(format: "%.6f", seconds))")
}

let only = CommandLine.arguments.dropFirst().first

func run() throws {
    if only == nil || only == "elementwise" { try runElementwiseBenchmarks() }
    for size in [64, 256, 1024] where only == nil || only == "matmul" {
        let a = try Tensor.uniform([size, size], low: -1, high: 1, seed: 1)
        let b = try Tensor.uniform([size, size], low: -1, high: 1, seed: 2)
        let repeats = size == 1024 ? 5 : (size == 256 ? 20 : 200)
        var sink = 0.0
        let seconds = try best(of: repeats) { sink += try a.matmul(b).scalars[0] }
        if sink.isNaN { print("nan") }
        report("matmul_\(size)", seconds)
    }
    if only == nil || only == "train" {
        // One epoch of a 28-64-64-1 ReLU MLP with a sigmoid output, binary cross-entropy and Adam,
        // batch 128, on 10 000 synthetic rows (label: sum of the first 4 features > 0).
        let features = try Tensor.normal([10_000, 28], seed: 1)
        let labels = features.rowArrays.map { row in row[0..<4].reduce(0, +) > 0 ? 1.0 : 0.0 }
        let data = try Dataset(features: features, targets: Tensor(labels))
        let seconds = try best(of: 5) {
            let model = try MLP([28, 64, 64, 1], activation: .relu, output: .sigmoid, seed: 2)
            try model.fit(data, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.001),
                          epochs: 1, batchSize: 128, seed: 3)
        }
        report("train_epoch_mlp28", seconds)
    }
    if only == nil || only == "moons" {
        // 500 epochs on two moons: 500 points (noise 0.2) split 400/100, a 2-16-16-1 ReLU MLP with a
        // sigmoid output, Adam(0.01), batch 32, validation loss and accuracy after every epoch.
        let data = try Datasets.moons(count: 500, noise: 0.2, seed: 1)
        let (train, validation) = try data.split(0.8, seed: 2)
        var accuracy = 0.0
        let seconds = try best(of: 3) {
            let model = try MLP([2, 16, 16, 1], activation: .relu, output: .sigmoid, seed: 3)
            let history = try model.fit(train, loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.01),
                                        epochs: 500, batchSize: 32, validation: validation)
            accuracy = history.validationAccuracy.last ?? 0
        }
        report("moons_fit_500_epochs", seconds)
        FileHandle.standardError.write("moons validation accuracy \(accuracy)\n".data(using: .utf8) ?? Data())
    }
}

do {
    if only == "trees" {
        let arguments = CommandLine.arguments
        try runTreeBenchmarks(folder: arguments.count > 2 ? arguments[2] : ".", filter: arguments.count > 3 && !arguments[3].isEmpty ? arguments[3] : nil)
    } else if only == "higgs" {
        let arguments = CommandLine.arguments
        try runHiggsBenchmarks(file: arguments.count > 2 ? arguments[2] : "Lessons/data/higgs/higgs-5000.csv",
                               filter: arguments.count > 3 && !arguments[3].isEmpty ? arguments[3] : nil)
    } else if only == "steering" {
        let arguments = CommandLine.arguments
        try runSteeringBenchmarks(episodes: arguments.count > 2 ? Int(arguments[2]) ?? 1000 : 1000)
    } else if only == "svm" {
        let arguments = CommandLine.arguments
        try runSVMBenchmarks(folder: arguments.count > 2 ? arguments[2] : ".", filter: arguments.count > 3 && !arguments[3].isEmpty ? arguments[3] : nil)
    } else {
        try run()
    }
} catch {
    FileHandle.standardError.write("lectern-bench: \(error)\n".data(using: .utf8) ?? Data())
    exit(1)
}
