// Found by scripts/difffuzz (seed 5005, debug lectern): output: a Double printed as an Int
// First difference: line 1: swiftc `v62 [0.1, 1.0, 1.0, 0.1, 1.0, -8.0, 1.0]`, lectern `v62 [0.1, 1, 1, 0.1, 1, -8, 1]`
import Foundation
func case0() {
    let v62 = ([0.1, 2.5, 16, 0.1] + [13, (-8), 3]).map { $0 > 1 ? 1 : $0 }.map { $0 > 1 ? 1 : $0 }
    print("v62", v62)
}
case0()
