/// A fitted tree as flat arrays, nodes in depth-first order (root 0, a node's left subtree before
/// its right one): compact, cheap to copy between threads, and walked without recursion.
struct TreeNodes: Sendable, Equatable {
    /// The feature a node splits on, -1 for a leaf.
    var feature: [Int32] = []
    /// Examples with feature ≤ threshold go left.
    var threshold: [Double] = []
    var left: [Int32] = []
    var right: [Int32] = []
    var depth: [Int32] = []
    /// Training examples that reached the node (distinct examples, whatever their weights).
    var samples: [Int] = []
    /// Their total weight.
    var weight: [Double] = []
    var impurity: [Double] = []
    /// `width` numbers per node: class fractions for a classification tree, the mean target for a
    /// regression tree.
    var values: [Double] = []
    var width: Int

    init(width: Int) { self.width = width }

    var count: Int { feature.count }

    /// Appends a leaf and returns its index.
    mutating func appendLeaf(depth d: Int, samples n: Int, weight w: Double, impurity i: Double, value: UnsafeBufferPointer<Double>) -> Int {
        feature.append(-1)
        threshold.append(0)
        left.append(-1)
        right.append(-1)
        depth.append(Int32(d))
        samples.append(n)
        weight.append(w)
        impurity.append(i)
        values.append(contentsOf: value)
        return feature.count - 1
    }

    /// The index of the leaf that the example at `row` reaches.
    @inline(__always)
    func leaf(_ row: UnsafePointer<Double>) -> Int {
        feature.withUnsafeBufferPointer { feature in
            threshold.withUnsafeBufferPointer { threshold in
                left.withUnsafeBufferPointer { left in
                    right.withUnsafeBufferPointer { right in
                        var node = 0
                        while true {
                            let f = Int(feature[node])
                            if f < 0 { return node }
                            node = Int(row[f] <= threshold[node] ? left[node] : right[node])
                        }
                    }
                }
            }
        }
    }

    /// The leaf of every row of a checked [examples, features] matrix.
    func leaves(_ features: Tensor) -> [Int] {
        let width = features.columnCount
        return features.scalars.withUnsafeBufferPointer { x in
            guard let base = x.baseAddress else { return [] }
            return (0..<features.rowCount).map { leaf(base + $0 * width) }
        }
    }

    /// Adds `scale` × the leaf values of each row into `output` (rows × width), for ensembles.
    func accumulate(_ features: Tensor, scale: Double, into output: inout [Double]) {
        let columns = features.columnCount, w = width
        features.scalars.withUnsafeBufferPointer { x in
            values.withUnsafeBufferPointer { v in
                output.withUnsafeMutableBufferPointer { out in
                    guard let base = x.baseAddress else { return }
                    for row in 0..<features.rowCount {
                        let node = leaf(base + row * columns)
                        for k in 0..<w { out[row * w + k] += scale * v[node * w + k] }
                    }
                }
            }
        }
    }

    /// The deepest leaf's depth (0 for a lone root).
    var maxDepth: Int { Int(depth.max() ?? 0) }
    /// The number of leaves.
    var leafCount: Int { feature.filter { $0 < 0 }.count }
}
