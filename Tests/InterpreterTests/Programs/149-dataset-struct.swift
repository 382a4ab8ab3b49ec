// A Dataset struct with filtering, mapping, splitting and summary methods.
struct Dataset {
    var features: [[Double]]
    var labels: [Int]
    var count: Int { labels.count }
    func filtered(_ keep: (Int) -> Bool) -> Dataset {
        let idx = labels.indices.filter { keep(labels[$0]) }
        return Dataset(features: idx.map { features[$0] }, labels: idx.map { labels[$0] })
    }
    func mapFeatures(_ f: ([Double]) -> [Double]) -> Dataset {
        Dataset(features: features.map(f), labels: labels)
    }
    func split(at n: Int) -> (Dataset, Dataset) {
        (Dataset(features: Array(features[0..<n]), labels: Array(labels[0..<n])),
         Dataset(features: Array(features[n..<count]), labels: Array(labels[n..<count])))
    }
    var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: (labels.max() ?? -1) + 1)
        for l in labels { counts[l] += 1 }
        return counts
    }
    mutating func append(_ x: [Double], _ y: Int) { features.append(x); labels.append(y) }
}
var data = Dataset(features: [[1, 2], [2, 1], [5, 5], [6, 4]], labels: [0, 0, 1, 1])
data.append([0, 0], 2)
print(data.count, data.classCounts)
let ones = data.filtered { $0 == 1 }
print(ones.features, ones.labels)
let scaled = data.mapFeatures { $0.map { $0 / 2 } }
print(scaled.features[2], data.features[2])
let (train, test) = data.split(at: 3)
print(train.count, test.count, test.labels)
print(train.classCounts, test.classCounts)
