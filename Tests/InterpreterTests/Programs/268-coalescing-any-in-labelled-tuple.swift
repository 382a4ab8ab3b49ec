// Found by scripts/difffuzz (seed 7007, release lectern): output: a different value
// First difference: line 1: swiftc `t141 (n: 0, x: Optional(17))`, lectern `t141 (n: 0, x: 17.0)`
import Foundation
func toInt(_ d: Double) -> Int { d.isFinite ? Int(Swift.max(-1e6, Swift.min(1e6, d)).rounded()) : 0 }
func case0() {
    var v139 = toInt(0.2)
    let t141 = (n: v139, x: ([8, (-5), 17].max() ?? 3.0))
    print("t141", t141)
}
case0()
