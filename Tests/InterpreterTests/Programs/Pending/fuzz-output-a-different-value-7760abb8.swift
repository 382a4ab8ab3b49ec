// Found by scripts/difffuzz (seed 11011, debug lectern): output: a different value
// First difference: line 1: swiftc `v150 [-7, 0.001, 5, 2.5, 1]`, lectern `v150 [-7.0, 0.001, 5.0, 2.5, 1.0]`
import Foundation
func case0() {
    var v150 = (zip([6, 0].map { $0 > 1 ? 1 : $0 }, [(-7)]).map { $0 * $1 } + [1e-3, 5, 2.5, 1])
    print("v150", v150)
}
case0()
