// willSet and didSet on a learning-rate property.
final class Optimiser {
    var learningRate: Double = 0.1 {
        willSet { print("will change \(learningRate) -> \(newValue)") }
        didSet {
            if learningRate < 0.001 { learningRate = 0.001 }
            print("changed from \(oldValue) to \(learningRate)")
        }
    }
}
let opt = Optimiser()
opt.learningRate = 0.05
opt.learningRate /= 100
print(opt.learningRate)

struct Tracker {
    var history: [Double] = []
    var loss: Double = 0 {
        didSet { history.append(loss) }
    }
}
var t = Tracker()
for l in [0.9, 0.5, 0.3] { t.loss = l }
print(t.history, t.loss)

var counter = 0 {
    didSet { print("counter is now \(counter)") }
}
counter += 1
counter = 10
