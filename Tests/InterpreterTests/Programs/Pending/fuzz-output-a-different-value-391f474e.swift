// Found by scripts/difffuzz (seed 10010, debug lectern): output: a different value
// First difference: line 1: swiftc `acc111 nan`, lectern `acc111 -nan`
import Foundation
func case0() {
    var v109: Double = (1e-3 - 1e-3)
    var acc111: Double = 1
    for i in 0..<1 { acc111 += (v109 / v109) }
    print("acc111", acc111)
}
case0()
