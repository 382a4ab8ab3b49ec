// Scalar benchmark: read one element of a 1000-element Tensor a million times (`t[i]` in a loop).
let t = Tensor((0..<1000).map { Double($0) * 0.001 })
var total = 0.0
for i in 0..<1_000_000 {
    total += try t[i % 1000]
}
print(total)
