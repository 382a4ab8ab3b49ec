import Foundation

// The Adam optimiser on the Rosenbrock function, with bias-corrected moment estimates.
func rosenbrock(_ p: [Double]) -> Double { (1 - p[0]) * (1 - p[0]) + 100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]) }
func gradient(_ p: [Double]) -> [Double] {
    let dx = -2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] * p[0])
    let dy = 200 * (p[1] - p[0] * p[0])
    return [dx, dy]
}
struct Adam {
    var rate = 0.02, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8
    var m: [Double] = [0, 0], v: [Double] = [0, 0], t = 0
    mutating func step(_ p: inout [Double], _ g: [Double]) {
        t += 1
        for i in p.indices {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i]
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
            let mHat = m[i] / (1 - pow(beta1, Double(t)))
            let vHat = v[i] / (1 - pow(beta2, Double(t)))
            p[i] -= rate * mHat / (vHat.squareRoot() + epsilon)
        }
    }
}
var p: [Double] = [-1.5, 2]
var adam = Adam()
for step in 1...3000 {
    adam.step(&p, gradient(p))
    if step % 1000 == 0 {
        print(step, p.map { ($0 * 1000).rounded() / 1000 }, (rosenbrock(p) * 1e6).rounded() / 1e6)
    }
}
print(adam.t)
