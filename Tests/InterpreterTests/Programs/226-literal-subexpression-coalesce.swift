// Integer sub-expressions typed as Double because the other operand is a Double-valued `??`.
let parsed = Double("abc")
let scaled = (6 / (-9)) * (parsed ?? 8)
print(scaled)
let offset = (1 / 2) + (Double("2.5") ?? 0)
print(offset)
let weights: [Double] = []
let firstWeight = (3 / 4) * (weights.first ?? 2)
print(firstWeight)
