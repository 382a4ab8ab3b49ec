// Integer literals as the default of ?? on a [String: Double] lookup are Doubles.
let prices = Dictionary(uniqueKeysWithValues: [("a", 1.5)])
print(prices["b"] ?? -1)
print(prices["a"] ?? 0)

var scores: [String: Double] = [:]
scores["alice"] = 3
print(scores["alice"]!)
scores["bob", default: 0] += 2
print(scores["bob"]!)
let missing = scores["carol", default: 1]
print(missing)

let learningRates: [String: Double] = ["sgd": 0.1, "adam": 0.001]
let chosen = learningRates["momentum"] ?? 1
print(chosen / 4)
