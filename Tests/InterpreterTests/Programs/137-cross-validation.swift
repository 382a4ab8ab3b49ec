// k-fold cross-validation of a nearest-centroid classifier on 1-D data.
let xs: [Double] = [1.0, 1.2, 0.8, 1.1, 3.0, 3.2, 2.9, 3.1, 2.0, 1.9, 2.2, 0.9]
let ys = [0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 0]
let k = 4
let foldSize = xs.count / k

func centroid(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

var accuracies: [Double] = []
for fold in 0..<k {
    let testRange = (fold * foldSize)..<((fold + 1) * foldSize)
    var trainX: [Double] = [], trainY: [Int] = []
    for i in xs.indices where !testRange.contains(i) {
        trainX.append(xs[i])
        trainY.append(ys[i])
    }
    let c0 = centroid(zip(trainX, trainY).filter { $0.1 == 0 }.map { $0.0 })
    let c1 = centroid(zip(trainX, trainY).filter { $0.1 == 1 }.map { $0.0 })
    var correct = 0
    for i in testRange {
        let predicted = abs(xs[i] - c0) <= abs(xs[i] - c1) ? 0 : 1
        if predicted == ys[i] { correct += 1 }
    }
    let acc = Double(correct) / Double(testRange.count)
    accuracies.append(acc)
    print("fold \(fold): test \(testRange), centroids \((c0 * 1000).rounded() / 1000) \((c1 * 1000).rounded() / 1000), accuracy \(acc)")
}
print("mean accuracy", accuracies.reduce(0, +) / Double(k))
