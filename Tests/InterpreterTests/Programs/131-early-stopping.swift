// Early stopping with patience on a recorded validation curve.
let validation = [0.90, 0.72, 0.61, 0.58, 0.57, 0.575, 0.59, 0.56, 0.565, 0.57, 0.58, 0.6]

struct EarlyStopping {
    let patience: Int
    var best = Double.infinity
    var bestEpoch = -1
    var waited = 0
    mutating func shouldStop(epoch: Int, loss: Double) -> Bool {
        if loss < best - 1e-9 {
            best = loss
            bestEpoch = epoch
            waited = 0
            return false
        }
        waited += 1
        return waited >= patience
    }
}

for patience in [1, 2, 3, 5] {
    var stopper = EarlyStopping(patience: patience)
    var stoppedAt: Int? = nil
    for (epoch, loss) in validation.enumerated() {
        if stopper.shouldStop(epoch: epoch, loss: loss) {
            stoppedAt = epoch
            break
        }
    }
    let where_ = stoppedAt.map { "stopped at \($0)" } ?? "ran all epochs"
    print("patience \(patience): \(where_), best \(stopper.best) at \(stopper.bestEpoch)")
}
