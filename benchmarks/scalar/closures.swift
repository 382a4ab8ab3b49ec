// Scalar benchmark: closures created in a loop, capturing the loop variable, then called.
var total = 0
for round in 0..<2_000 {
    var adders: [(Int) -> Int] = []
    for k in 0..<50 {
        adders.append { x in x * k + round }
    }
    for f in adders {
        total += f(3) % 11
    }
}
print(total)
