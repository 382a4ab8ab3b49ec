// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to two '…' operands
// First difference: line 1: swiftc `v99 `, lectern `error: binary operator '/' cannot be applied to two 'Int' operands`
import Foundation
func case0() {
    var v99 = String(((0.2 <= (-2)) ? "\(13)-\(10)" : String(repeating: "", count: 3)).map { $0 == " " ? "_" : $0 })
    var acc100: Int = 0
    let o101: Int? = ((((acc100 != 0) || (acc100 == 14)) || [(-0.2)].allSatisfy { $0 > 2 }) ? (19 / 4) : nil)
    print("v99", v99)
}
case0()
