// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: line 1: swiftc `v111 [10.0, 14.0, 18.0]`, lectern `error: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'`
import Foundation
func scaleAll(_ xs: inout [Double], _ k: Double) { for i in xs.indices { xs[i] *= k } }
func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
func case0() {
    var v111 = ([10.0] + [14, 18])
    scaleAll(&v111, 1)
    let v112: [Double] = [(-2.5)]
    var v113 = mean([(-3.0)].filter { $0 > 0 }.map { $0 * 4 })
    let v114: Int = 8
    print("v111", v111)
    print("v112", v112)
    print("v113", v113)
    print("v114", v114)
}
case0()
