import Foundation

// Checking an analytic gradient against central finite differences.
func f(_ w: [Double]) -> Double {
    // A small regularised loss: sum of (w_i - i)^2 plus 0.1 * |w|^2 plus a coupling term.
    var total = 0.0
    for (i, x) in w.enumerated() { total += (x - Double(i)) * (x - Double(i)) }
    total += 0.1 * w.map { $0 * $0 }.reduce(0, +)
    total += sin(w[0] * w[1])
    return total
}

func analytic(_ w: [Double]) -> [Double] {
    var g = w.enumerated().map { 2 * ($0.element - Double($0.offset)) + 0.2 * $0.element }
    g[0] += cos(w[0] * w[1]) * w[1]
    g[1] += cos(w[0] * w[1]) * w[0]
    return g
}

func numeric(_ w: [Double], h: Double = 1e-5) -> [Double] {
    w.indices.map { i in
        var plus = w, minus = w
        plus[i] += h
        minus[i] -= h
        return (f(plus) - f(minus)) / (2 * h)
    }
}

let w = [0.5, -1.0, 2.0]
let a = analytic(w), n = numeric(w)
for i in w.indices {
    let relative = abs(a[i] - n[i]) / max(abs(a[i]) + abs(n[i]), 1e-12)
    print(i, (a[i] * 1e6).rounded() / 1e6, relative < 1e-7 ? "ok" : "MISMATCH")
}
