// Found by scripts/difffuzz (seed 7007, release lectern): output: a different value
// First difference: line 3: swiftc `v63 2-Optional(13)`, lectern `v63 2-13.0`
import Foundation
func case0() {
    let v62 = (-4)
    var v63: String = "\(2)-\(([(-2), 13].sorted().max() ?? 2.5))"
    switch (v62) { case ..<0: print("negative") case 0...5: print("small") default: print("large") }
    print("v62", v62)
    print("v63", v63)
}
case0()
