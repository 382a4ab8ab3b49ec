// Tuples: unlabelled and labelled, destructuring, comparing.
let point = (3, 4)
print(point)
print(point.0, point.1)

let sample = (x: 1.5, y: -2.0)
print(sample)
print(sample.x, sample.y)

let (px, py) = point
print(px + py)
let (_, onlyY) = sample
print(onlyY)

var record = (name: "epoch", value: 1)
record.value += 1
record.name = "step"
print(record)

// A tuple of mixed types.
let mixed = (1, "two", 3.0, true)
print(mixed)
print(mixed.1, mixed.3)

// Nested tuples.
let nested = ((1, 2), (a: 3, b: 4))
print(nested)
print(nested.0.1, nested.1.b)

// Returning several results from a function.
func minMax(_ values: [Double]) -> (min: Double, max: Double) {
    var lo = values[0]
    var hi = values[0]
    for v in values {
        lo = min(lo, v)
        hi = max(hi, v)
    }
    return (lo, hi)
}
let range = minMax([2.5, -1.0, 7.25, 0.0])
print(range)
print(range.max - range.min)

// An array of tuples as a tiny data set.
let data: [(x: Double, label: Int)] = [(0.2, 0), (0.8, 1), (0.4, 0), (0.9, 1)]
var positives = 0
for item in data where item.label == 1 {
    positives += 1
}
print(positives, data.count)
print(data[1])
print(data.map { $0.x })
let sortedData = data.sorted { $0.x < $1.x }
print(sortedData.map { $0.label })

// Swapping with a tuple assignment.
var a = 1
var b = 2
(a, b) = (b, a)
print(a, b)
print((1, 2) == (1, 2), (1, "a") < (1, "b"))
