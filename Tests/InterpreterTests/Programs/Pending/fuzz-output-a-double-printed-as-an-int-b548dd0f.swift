// Found by scripts/difffuzz (seed 6006, release lectern): output: a Double printed as an Int
// First difference: line 1: swiftc `v66 8.0`, lectern `v66 8`
import Foundation
func case0() {
    let v66: Double = ([10].map { $0 - 2 }.first ?? 8)
    print("v66", v66)
}
case0()
