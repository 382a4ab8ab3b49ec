// Found by scripts/difffuzz (seed 5005, debug lectern): output: a different value
// First difference: line 1: swiftc `v117 int_4int_4`, lectern `v117 string_4string_4`
import Foundation
func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func case0() {
    var v114 = String(repeating: describe(4), count: 2)
    let v117 = String(v114.map { $0 == " " ? "_" : $0 })
    print("v117", v117)
}
case0()
