// Scalar benchmark: an inout helper that updates an array in place (axpy), 200 calls over 5 000 Doubles.
func axpy(_ y: inout [Double], _ a: Double, _ x: [Double]) {
    for i in 0..<y.count {
        y[i] += a * x[i]
    }
}
let x = (0..<5_000).map { Double($0) * 0.001 }
var y = [Double](repeating: 1.0, count: 5_000)
for k in 0..<200 {
    axpy(&y, k % 2 == 0 ? 0.5 : -0.25, x)
}
print(y[0], y[4_999])
