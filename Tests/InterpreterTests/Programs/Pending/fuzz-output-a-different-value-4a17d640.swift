// Found by scripts/difffuzz (seed 11011, debug lectern): output: a different value
// First difference: line 1: swiftc `v83 Optional(-2.25)`, lectern `v83 -2.25`
import Foundation
func case0() {
    var v83 = ("to be".hasPrefix("b a") ? 2.25 : ([(-2.25)].first ?? 3))
    print("v83", v83)
}
case0()
