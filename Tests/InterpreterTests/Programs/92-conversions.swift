// Numeric and string conversions.
print(Int(3.99), Int(-3.99), Int(Double(7)))
print(Double(3), Float(2.5), Double(Float(0.1)))
print(String(42), String(3.5), String(true), String(describing: [1, 2]))
print(Int("42") as Any, Int("4x") as Any, Double("2.5") as Any, Double("abc") as Any)
print(Int("ff", radix: 16)!, String(255, radix: 2), String(255, radix: 16))
print(String(repeating: "ab", count: 3))
print(Array("hey"), Array(1...4), Array([1, 2].reversed()))
print(Array(repeating: "x", count: 2), [Double](repeating: 1.5, count: 2))
print(Set([3, 1, 3, 2]).sorted())
let pairs = Dictionary(uniqueKeysWithValues: [("a", 1), ("b", 2)])
print(pairs.sorted { $0.key < $1.key })
let grouped = Dictionary(grouping: [1, 2, 3, 4, 5, 6], by: { $0 % 3 })
for k in grouped.keys.sorted() { print(k, grouped[k]!) }
let numbers = ["1", "two", "3"].compactMap { Int($0) }
print(numbers)
print(Int(Character("7").wholeNumberValue!) + 1, Character("A").asciiValue!)
let d: Double = 1e3
print(Int(d), Double(Int.max) > 9e18)
