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
    for size in [64, 256, 1024] where only == nil || only == "matmul" {
        let a = try Tensor.uniform([size, size], low: -1, high: 1, seed: 1)
        let b = try Tensor.uniform([size, size], low: -1, high: 1, seed: 2)
        let repeats = size == 1024 ? 5 : (size == 256 ? 20 : 200)
        var sink = 0.0
        let seconds = try best(of: repeats) { sink += try a.matmul(b).scalars[0] }
        if sink.isNaN { print("nan") }
        report("matmul_\(size)", seconds)
    }
}

do { try run() } catch { print("error: \(error)") }
