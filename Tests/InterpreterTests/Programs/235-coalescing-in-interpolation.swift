// One interpolated string is type-checked as one expression: of its `[…].first ?? literal`
// segments that would read as `Any?` alone (234), swiftc 6.3.1 reads the first, third, … so.
let acc = 0.0
print("\([1.0].first ?? 4) \([1.0].first ?? 4)")
print("\([acc, 2].first ?? 4) \([1.0].first ?? 4)")
print("\([1.0].first ?? 4) \([acc, 2].first ?? 4)")
print("\([1.0].first ?? 4) \(acc)")
print("x \([1.0].first ?? 4)")
print("\([1.0].first ?? 4) \([1.0].first ?? 4.0)")
print("\([1.0].first ?? 4.0) \([1.0].first ?? 4)")
print("\([2.0].first ?? 4) \([1.0].first ?? 4) \([3.0].first ?? 4)")
print("\([acc, 2].first ?? 4) \([acc, 2].first ?? 4)")
let label = "v \(([3.0, (-5), acc].first ?? 4))-\([7, 8].first ?? 1)"
print(label)
