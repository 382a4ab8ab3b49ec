// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: line 1: swiftc `54 Optional(27)`, lectern `error: binary operator '+' cannot be applied to operands of type 'Optional<Int>' and 'Int'`
import Foundation
func pick(_ x: Int, _ y: Int) -> Int { x > y ? x : y }
func pick(_ x: Double, _ y: Double) -> Double { x < y ? x : y }
func case0() {
    var v1 = pick(0.1, (-1e-3))
    let o2: Int? = ((v1 < 1e-3) ? [14, 6, 2, 5].reduce(0, +) : nil)
    print(o2.map { $0 * 2 } ?? 16, o2 as Any)
}
case0()
