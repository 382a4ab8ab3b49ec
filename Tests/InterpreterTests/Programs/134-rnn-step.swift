import Foundation

// An Elman RNN cell unrolled over a short sequence, with fixed weights.
let wx: [[Double]] = [[0.5], [-0.3]]        // hidden x input
let wh: [[Double]] = [[0.1, 0.2], [-0.4, 0.3]]  // hidden x hidden
let bh: [Double] = [0, 0.1]
let wy: [Double] = [1.0, -1.0]

func step(_ x: [Double], _ h: [Double]) -> [Double] {
    (0..<2).map { i in
        var z = bh[i]
        for j in 0..<x.count { z += wx[i][j] * x[j] }
        for j in 0..<2 { z += wh[i][j] * h[j] }
        return tanh(z)
    }
}

var h: [Double] = [0, 0]
let sequence: [[Double]] = [[1], [0.5], [-1], [2]]
func r(_ v: Double) -> Double { (v * 1e5).rounded() / 1e5 }
for (t, x) in sequence.enumerated() {
    h = step(x, h)
    let y = zip(wy, h).map { $0 * $1 }.reduce(0, +)
    print("t=\(t)", h.map(r), "y =", r(y))
}
let states = sequence.reduce(into: [[Double]]()) { acc, x in
    acc.append(step(x, acc.last ?? [0, 0]))
}
print(states.count, states.last!.map(r) == h.map(r))
