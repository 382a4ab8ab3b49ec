// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: line 1: swiftc `v57 15`, lectern `error: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'`
import Foundation
func case0() {
    var v57: Int = 15
    let v58 = zip([6, v57, 9], [v57]).map { $0 + $1 }.contains(min(v57, v57))
    var sum59 = 0.0
    for x in (zip(([10] + [17, 1]), [1e-3]).map { $0 * $1 }.map { $0 / 1 }) where x > (-1) { sum59 += x }
    print("v57", v57)
    print("v58", v58)
    print("sum59", sum59)
}
case0()
