// Found by scripts/difffuzz (seed 6006, release lectern): output: a different value
// First difference: line 1: swiftc `v1 [1.5, -6.0, 2.25, 17.0, 1.0]`, lectern `v1 [1.5, -6.0, 2.25, 17.0, 1]`
import Foundation
func case0() {
    var v1 = ([1.5, (-6), 2.25, 17] + [1])
    print("v1", v1)
}
case0()
