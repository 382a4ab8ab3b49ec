// Found by scripts/difffuzz (seed 7007, release lectern): error: binary operator '…' cannot be applied to two '…' operands
// First difference: line 1: swiftc `nil`, lectern `error: binary operator '/' cannot be applied to two 'Int' operands`
import Foundation
func case0() {
    let o43: Int? = ("a".hasPrefix("b a") ? ((-2) / 2) : nil)
    if let u = o43 { print(u * (-4)) } else { print("nil") }
}
case0()
