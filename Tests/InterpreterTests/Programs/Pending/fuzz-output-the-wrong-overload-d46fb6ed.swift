// Found by scripts/difffuzz (seed 1001): output: the wrong overload
// First difference: line 1: swiftc `v122 int 18xyz+ab+to+be`, lectern `v122 string 18xyz+ab+to+be`
import Foundation
func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func case0() {
    let v118: [String] = ["xyz", "ab", "to be"].joined(separator: "+").split(separator: " ").map { String($0) }
    var v119: [String] = v118
    var v120: String = describe(18)
    let v122 = (v120 + (v120.hasPrefix("b a") ? "a" : v119.joined(separator: "+")))
    print("v122", v122)
}
case0()
