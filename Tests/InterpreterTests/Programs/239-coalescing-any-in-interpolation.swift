// Found by scripts/difffuzz (seed 6006, release lectern): output: a different value
// First difference: line 1: swiftc `1-Optional(3.0)`, lectern `1-3.0`
import Foundation
func case0() {
    var v33: Double = (Double("-1") ?? 17)
    var v34 = [2, (-8)].filter { $0 > (-7) }.count
    var sum36 = 0.0
    if (([4, 1, 4, 16].isEmpty || "a".hasPrefix("xyz"))) { print(16) } else { print("\(((sum36 > 2.25) ? v34 : v34))-\(([3.0, (-5), v33].first ?? 4))") }
}
case0()
