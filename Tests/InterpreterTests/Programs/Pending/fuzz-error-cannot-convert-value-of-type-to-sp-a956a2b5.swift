// Found by scripts/difffuzz (seed 2002, release lectern): error: cannot convert value of type '…' to specified type '…'
// First difference: same output, then lectern stops: `error: cannot convert value of type 'Double' to specified type 'Int'`
import Foundation
func case0() {
    var acc46: Double = 0
    for i in 0..<1 { acc46 += ([(-5)].max() ?? 1.5) }
}
case0()
