// Errors propagated through several layers of calls, rethrown, and converted to optionals.
enum TrainingError: Error, CustomStringConvertible {
    case diverged(epoch: Int, loss: Double)
    case emptyBatch
    var description: String {
        switch self {
        case let .diverged(epoch, loss): return "diverged at epoch \(epoch) (loss \(loss))"
        case .emptyBatch: return "empty batch"
        }
    }
}
func batchLoss(_ batch: [Double]) throws -> Double {
    guard !batch.isEmpty else { throw TrainingError.emptyBatch }
    return batch.map { $0 * $0 }.reduce(0, +) / Double(batch.count)
}
func train(_ batches: [[Double]], rate: Double) throws -> [Double] {
    var losses: [Double] = []
    var scale = 1.0
    for (epoch, b) in batches.enumerated() {
        let l = try batchLoss(b.map { $0 * scale })
        if l > 100 { throw TrainingError.diverged(epoch: epoch, loss: l) }
        losses.append(l)
        scale *= rate
    }
    return losses
}
func attempt(_ rate: Double, _ batches: [[Double]]) -> String {
    do {
        return "ok \(try train(batches, rate: rate))"
    } catch let e as TrainingError {
        return "failed: \(e)"
    } catch {
        return "other"
    }
}
let batches: [[Double]] = [[1, 2], [2, 3], [3, 4]]
print(attempt(0.5, batches))
print(attempt(4, batches))
print(attempt(1, [[1], []]))
let maybe = try? train(batches, rate: 10)
print(maybe as Any)
print((try? batchLoss([3, 4])) ?? -1)
