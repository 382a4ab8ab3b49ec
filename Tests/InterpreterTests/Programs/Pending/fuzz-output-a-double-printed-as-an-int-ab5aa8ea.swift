// Found by scripts/difffuzz (seed 6006, release lectern): output: a Double printed as an Int
// First difference: line 1: swiftc `v157 [-0.2, -1.0]`, lectern `v157 [-0.2, -1]`
import Foundation
func case0() {
    var v157 = ([(-0.2)] + [(-1)])
    print("v157", v157)
}
case0()
