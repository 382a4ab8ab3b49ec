// Found by scripts/difffuzz (seed 11011, debug lectern): output: a different value
// First difference: line 1: swiftc `v71 [(), (), ()]`, lectern `v71 [1.0, 1.0, 2.0]`
import Foundation
func case0() {
    var v71 = ([17, 3.0].map { $0 > 1 ? 1 : $0 }.map { $0 > 1 ? 1 : $0 } + [3].map { $0 - 1 })
    print("v71", v71)
}
case0()
