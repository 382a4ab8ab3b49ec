// Found by scripts/difffuzz (seed 5005, debug lectern): error: binary operator '…' cannot be applied to operands of type '…' and '…'
// First difference: line 1: swiftc `[1.5]`, lectern `error: binary operator '*' cannot be applied to operands of type 'Double' and 'Int'`
import Foundation
func case0() {
    var v40 = zip([5, 3, 13].map { Double($0) }, [(-9), 14]).map { $0 * $1 }
    let set41 = [3].reduce(into: [Double]()) { $0.append(Double($1) / 2) }
    print(set41)
}
case0()
