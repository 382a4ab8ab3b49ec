// Found by scripts/difffuzz (seed 6006, release lectern): output: a different value
// First difference: line 1: swiftc `v98 Optional(0.0)`, lectern `v98 0.0`
import Foundation
func case0() {
    var acc96: Double = 0
    let v98 = ([acc96, (-5)].first ?? (-4))
    print("v98", v98)
}
case0()
