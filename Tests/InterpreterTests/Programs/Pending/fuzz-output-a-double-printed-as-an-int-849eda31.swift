// Found by scripts/difffuzz (seed 5005, debug lectern): output: a Double printed as an Int
// First difference: line 1: swiftc `0.5 -3.0`, lectern `0.5 -3`
import Foundation
func case0() {
    var d109: [String: Double] = [:]
    for w in ["b", "a", "b", "c"] { d109[w, default: 0] += 0.5 }
    print(d109["a"] ?? 8, d109["z", default: (-3)])
}
case0()
