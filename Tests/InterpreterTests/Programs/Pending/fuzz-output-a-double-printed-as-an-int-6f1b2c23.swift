// Found by scripts/difffuzz (seed 5005, debug lectern): output: a Double printed as an Int
// First difference: line 1: swiftc `0.5 -9.0`, lectern `0.5 -9`
import Foundation
func case0() {
    var d139: [String: Double] = [:]
    for w in ["a"] { d139[w, default: 0] += 0.5 }
    print(d139["a"] ?? 14, d139["z", default: (-9)])
}
case0()
