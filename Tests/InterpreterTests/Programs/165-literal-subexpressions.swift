// Integer literals inside sub-expressions that Swift types as Double from the outer context.
let x = 4.0
print((1 / 2) * x)
print(x * (3 / 4))
let y: Double = (1 + 2) / 2
print(y)
let z = x + (5 / 2)
print(z)
func f(_ v: Double) -> Double { v }
print(f(7 / 2), f((1 + 1) / 4))
let mean: Double = (1 + 2 + 4) / 3
print(mean)
let ratios: [Double] = [1 / 3, 2 / 3]
print(ratios)
