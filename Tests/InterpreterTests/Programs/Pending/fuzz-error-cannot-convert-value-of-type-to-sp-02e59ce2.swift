// Found by scripts/difffuzz (seed 1001): error: cannot convert value of type '…' to specified type '…'
// First difference: same output, then lectern stops: `error: cannot convert value of type 'Double' to specified type 'Int'`
import Foundation
func case0() {
    var v37: [Int] = [17, 7, 18, (-9)].compactMap { $0 > 0 ? $0 : nil }
    let t39 = (n: v37.count, x: (((10.0 + 2.25) * (-6)) / ([12].filter { $0 > 1 }.max() ?? 2.25)))
}
case0()
