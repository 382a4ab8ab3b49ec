// Found by scripts/difffuzz (seed 2002, release lectern): crash: lectern died with a signal
// First difference: lectern crashes after 0 of 5 lines (Program crashed: Bad pointer dereference at 0x0000000000000000)
import Foundation
func case0() {
    var v53: Bool = (((14 > 1.5) || [(-8), 13, (-5)].isEmpty) || ((-8) <= (-2)))
    let set54 = zip([(-2), 6, 20], [8, 3, 15, (-2)]).map { $0 + $1 }.reduce(into: Set<Int>()) { $0.insert($1 % 3) }
    print(set54.count, set54.sorted())
    if (!"\([11, 5, 6])".isEmpty) { print(({ (x: Int) -> Int in x - 4 })(({ (x: Int) -> Int in x + 4 })(16))) } else { print([""].joined(separator: "+")) }
    var sum55 = 0.0
    for x in ([Double](repeating: 4, count: 2)) where x > (-1) { sum55 += x }
    var v56: Double = sum55
    v56 += ((-3) / 0.5)
    print("v53", v53)
    print("sum55", sum55)
    print("v56", v56)
}
case0()
