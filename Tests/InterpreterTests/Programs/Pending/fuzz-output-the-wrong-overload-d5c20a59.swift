// Found by scripts/difffuzz (seed 1001): output: the wrong overload
// First difference: line 1: swiftc `v115 int 3`, lectern `v115 string 3`
import Foundation
func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func case0() {
    let v115: String = describe(3)
    print("v115", v115)
}
case0()
