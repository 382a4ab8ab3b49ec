// Found by scripts/difffuzz (seed 1001): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: same output, then lectern stops: `error: binary operator '<' cannot be applied to operands of type 'Int' and 'Double'`
import Foundation
final class C {
    var total = 0
    var history: [Double] = []
    func add(_ x: Int) { total += x }
    func bump(_ n: inout Int, by k: Int) { n += k }
    func record(_ x: Double) { history.append(x) }
}
func pick(_ x: Int, _ y: Int) -> Int { x > y ? x : y }
func pick(_ x: Double, _ y: Double) -> Double { x < y ? x : y }
func case0() {
    var acc38: Int = 0
    let c39 = C()
    c39.bump(&acc38, by: (pick(acc38, 20) &+ (-8)))
}
case0()
