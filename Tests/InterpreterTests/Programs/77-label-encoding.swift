import Foundation

// Label encoding: strings to integer codes, sorted so the codes are reproducible.
let colours = ["red", "green", "blue", "green", "red", "red"]
let classes = Array(Set(colours)).sorted()
var code: [String: Int] = [:]
for (i, c) in classes.enumerated() { code[c] = i }
let encoded = colours.map { code[$0]! }
print(classes)
print(encoded)
let decoded = encoded.map { classes[$0] }
print(decoded == colours)

// Counting per class with an Int array indexed by the code.
var counts = [Int](repeating: 0, count: classes.count)
for e in encoded { counts[e] += 1 }
for (c, n) in zip(classes, counts) {
    print(c.padding(toLength: 6, withPad: " ", startingAt: 0), String(repeating: "#", count: n))
}

// Ordinal encoding with an enum.
enum Size: Int, CaseIterable { case small, medium, large }
let sizes: [Size] = [.large, .small, .medium, .small]
print(sizes.map { $0.rawValue }, Size.allCases.count)
print(Size(rawValue: 2)!, Size(rawValue: 7) as Any)
