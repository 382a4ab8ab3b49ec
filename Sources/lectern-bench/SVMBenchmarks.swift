// The SVM, k-means and PCA rows of benchmarks/svm/run: `lectern-bench svm DIR`.
//
// Reads the CSV data sets benchmarks/trees/peer.py wrote to DIR (the same 7000 × 28 synthetic set
// and moons as the tree rows), fits each model with the settings benchmarks/svm/peer.py gives
// scikit-learn, and prints `NAME SECONDS A B` per row: the best fit time of a few repeats, then
// two quality numbers — test accuracy and AUC for the SVM, inertia and iterations for k-means,
// the first component's explained variance ratio and the sum of the first five for PCA.
import Foundation
import MLCore

func runSVMBenchmarks(folder: String, filter: String? = nil) throws {
    func wanted(_ name: String) -> Bool { filter.map { name.contains($0) } ?? true }
    func line(_ name: String, _ seconds: Double, _ a: Double, _ b: Double) {
        print("\(name) \(String(format: "%.6f %.6g %.6g", seconds, a, b))")
    }
    for data in ["synthetic", "moons"] {
        let train = try CSV.dataset("\(folder)/\(data)-train.csv")
        let test = try CSV.dataset("\(folder)/\(data)-test.csv")
        // The SVM sees standardised features, as scikit-learn's does (the peer scales with the training set's statistics too).
        let scaler = try Standardizer(fitting: train.features)
        let scaledTrain = try scaler.transform(train), scaledTest = try scaler.transform(test)
        if wanted("\(data)_svc_rbf") {
            var model = SVM(c: 1, kernel: .rbf())
            let seconds = try best(of: 2) {
                model = SVM(c: 1, kernel: .rbf())
                try model.fit(scaledTrain)
            }
            FileHandle.standardError.write("\(data)_svc_rbf: \(model.iterations) SMO steps, \(model.computedKernelRows) kernel rows computed for \(train.count) examples, \(model.supportVectorCount) support vectors\n".data(using: .utf8) ?? Data())
            line("\(data)_svc_rbf", seconds, try Metrics.accuracy(model, on: scaledTest), try Metrics.auc(model, on: scaledTest))
        }
        if wanted("\(data)_kmeans8") {
            var model = KMeans(clusters: 8, seed: 0)
            let seconds = try best(of: 5) {
                model = KMeans(clusters: 8, seed: 0)
                try model.fit(scaledTrain)
            }
            line("\(data)_kmeans8", seconds, model.inertia, Double(model.iterations))
        }
        if wanted("\(data)_pca") {
            var model = PCA()
            let seconds = try best(of: 10) {
                model = PCA()
                try model.fit(scaledTrain)
            }
            line("\(data)_pca", seconds, model.explainedVarianceRatio[0], model.explainedVarianceRatio.prefix(5).reduce(0, +))
        }
    }
}
