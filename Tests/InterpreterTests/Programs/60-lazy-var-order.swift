// A lazy var is computed on first access, not at initialisation.
final class Dataset {
    let values: [Double]
    lazy var mean: Double = {
        print("computing mean")
        return values.reduce(0, +) / Double(values.count)
    }()
    init(values: [Double]) {
        self.values = values
        print("init done")
    }
}
let d = Dataset(values: [1, 2, 3, 4])
print("before access")
print(d.mean)
print(d.mean)

struct Cache {
    var calls = 0
    lazy var table: [Int] = (0..<5).map { $0 * $0 }
}
var cache = Cache()
print("cache made")
print(cache.table)
cache.table[0] = 99
print(cache.table)
