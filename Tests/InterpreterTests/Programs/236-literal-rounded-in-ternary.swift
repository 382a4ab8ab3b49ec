// Found by scripts/difffuzz (seed 6006, release lectern): error: value of type '…' has no member '…'
// First difference: line 1: swiftc `3.0`, lectern `error: value of type 'Int' has no member 'rounded'`
import Foundation
func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
func case0() {
    var v150 = ("b a".isEmpty ? mean([1e-3, 15, 3]) : (0).rounded())
    let f154: (Double) -> Double = { x in 3.0 }
    print(f154((1.5 * 16)))
}
case0()
