// Found by scripts/difffuzz (seed 1001): output: a different value
// First difference: line 1: swiftc `v20 5`, lectern `v20 8`
import Foundation
func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func case0() {
    var v20: Int = describe(abs((-5))).count
    print("v20", v20)
}
case0()
