// Found by scripts/difffuzz (seed 8008, debug lectern): error: no exact matches in call to global function '…'
// First difference: line 1: swiftc `nil`, lectern `error: no exact matches in call to global function 'pick'`
import Foundation
func pick(_ x: Int, _ y: Int) -> Int { x > y ? x : y }
func pick(_ x: Double, _ y: Double) -> Double { x < y ? x : y }
func case0() {
    let o38: Int? = ([5, 5, 1, 16].contains((-2)) ? pick(20, 13) : nil)
    if let u = o38 { print(u + (-3)) } else { print("nil") }
}
case0()
