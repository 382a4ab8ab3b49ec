// Found by scripts/difffuzz (seed 1204, debug lectern): output: a different value
// First difference: line 1: swiftc `v135 [0, 7, 14, 11, 0.2, 2.25, 14, -6, 0.2, 14]`, lectern `v135 [0.0, 7.0, 14.0, 11.0, 0.2, 2.25, 14.0, -6.0, 0.2, 14.0]`
import Foundation
func case0() {
    var v135 = ((([0, 7, 14] + [11, 0.2, 2.25, 14]) + [(-2)].map { $0 * 3 }) + [0.2, 14])
    print("v135", v135)
}
case0()
