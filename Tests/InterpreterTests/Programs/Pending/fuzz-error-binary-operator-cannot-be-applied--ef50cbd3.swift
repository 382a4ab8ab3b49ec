// Found by scripts/difffuzz (seed 6006, release lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: line 1: swiftc `v54 -9`, lectern `error: binary operator '*' cannot be applied to operands of type 'Double' and 'Int'`
import Foundation
func case0() {
    let v54: Int = (-9)
    var sum57 = 0.0
    for x in (zip([2.5, 0.2, 15, 4], [19]).map { $0 * $1 }) where x > 1 { sum57 += x }
    print("v54", v54)
}
case0()
