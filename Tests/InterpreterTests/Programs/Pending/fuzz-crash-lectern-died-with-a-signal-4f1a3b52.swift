// Found by scripts/difffuzz (seed 2002, release lectern): crash: lectern died with a signal
// First difference: lectern crashes after 0 of 0 lines (Program crashed: Bad pointer dereference at 0x0000000000000000)
import Foundation
func case0() {
    let set3 = [0].reduce(into: [Double]()) { $0.append(Double($1) / 2) }
}
case0()
