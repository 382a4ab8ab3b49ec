// Found by scripts/difffuzz (seed 7007, release lectern): output: a Double printed as an Int
// First difference: line 1: swiftc `v77 [20.0, 4.0, 0.5]`, lectern `v77 [20, 4, 0.5]`
import Foundation
func case0() {
    let v75 = ([20, 4] + [0.5])
    var v77: [Double] = v75
    print("v77", v77)
}
case0()
