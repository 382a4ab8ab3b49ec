// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to two '…' operands
// First difference: line 1: swiftc `4 [-2, -1, 0, 2]`, lectern `error: binary operator '/' cannot be applied to two 'Int' operands`
import Foundation
func case0() {
    let set76 = ([0, 14, (-2), 14] + [18, (-4)]).reduce(into: Set<Int>()) { $0.insert($1 % 3) }
    print(set76.count, set76.sorted())
    var sum77 = 0.0
    let o79: Int? = ([sum77].sorted().allSatisfy { $0 > (-2) } ? (true ? (7 / 3) : (12 + (-7))) : nil)
}
case0()
