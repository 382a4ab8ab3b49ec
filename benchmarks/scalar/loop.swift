// Scalar benchmark: a tight Double loop (3 million iterations).
// Sums the Leibniz series for pi and a damped oscillation, so every iteration does a few
// multiplications, a division and a branch-free sign flip.
var sign = 1.0
var piOverFour = 0.0
var energy = 0.0
var i = 0
while i < 3_000_000 {
    let k = Double(i)
    piOverFour += sign / (2.0 * k + 1.0)
    energy = energy * 0.999 + k * 1e-6
    sign = -sign
    i += 1
}
print(piOverFour * 4.0)
print(energy)
