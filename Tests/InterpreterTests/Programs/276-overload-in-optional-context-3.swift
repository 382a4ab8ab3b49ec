// Found by scripts/difffuzz (seed 8008, debug lectern): error: no exact matches in call to global function '…'
// First difference: line 1: swiftc `1 [1]`, lectern `error: no exact matches in call to global function 'pick'`
import Foundation
func pick(_ x: Int, _ y: Int) -> Int { x > y ? x : y }
func pick(_ x: Double, _ y: Double) -> Double { x < y ? x : y }
func case0() {
    let set132 = [19].reduce(into: Set<Int>()) { $0.insert($1 % 3) }
    print(set132.count, set132.sorted())
    let o134: Int? = ([0, (-4), (-7), (-9)].contains(0) ? pick(2, (-7)) : nil)
}
case0()
