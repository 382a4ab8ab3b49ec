// Found by scripts/difffuzz (seed 1001): output: a different value
// First difference: line 1: swiftc `acc10 -7`, lectern `acc10 0`
import Foundation
final class C {
    var total = 0
    var history: [Double] = []
    func add(_ x: Int) { total += x }
    func bump(_ n: inout Int, by k: Int) { n += k }
    func record(_ x: Double) { history.append(x) }
}
func case0() {
    let v9: Int = (-7)
    var acc10: Int = 0
    let c12 = C()
    c12.bump(&acc10, by: v9)
    print("acc10", acc10)
}
case0()
