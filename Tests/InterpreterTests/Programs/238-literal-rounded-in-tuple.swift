// Found by scripts/difffuzz (seed 6006, release lectern): error: value of type '…' has no member '…'
// First difference: line 1: swiftc `v24 -9`, lectern `error: value of type 'Int' has no member 'rounded'`
import Foundation
func case0() {
    var v24 = (-9)
    let t30: (n: Int, x: Double) = (n: ([(-3), v24, 2].max() ?? (-7)), x: (((-6)).rounded() / (2.5 * (-7))))
    print("v24", v24)
}
case0()
