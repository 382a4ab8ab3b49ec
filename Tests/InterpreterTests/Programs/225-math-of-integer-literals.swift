import Foundation

// sqrt of integer-literal expressions: Swift picks the Double overload.
let root = sqrt(abs(18))
print(root)
let distance = sqrt(9 + 16)
print(distance, distance * 2)
let roots = [sqrt(2), sqrt(abs(-3))]
print(roots)
