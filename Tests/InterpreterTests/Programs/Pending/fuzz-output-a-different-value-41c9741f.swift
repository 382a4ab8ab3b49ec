// Found by scripts/difffuzz (seed 9009, release lectern): output: a different value
// First difference: line 5: swiftc `v100 [3.0, 0.1, 1, 4]`, lectern `v100 [3.0, 0.1, 1.0, 4.0]`
import Foundation
func half(_ x: Double) -> Double { x / 2 }
func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
func case0() {
    var v99 = (max((-8), 14) > half(0.1))
    var v100 = ([3.0, 0.1] + [11].sorted().map { $0 > 1 ? 1 : $0 })
    let o101: Int? = zip([14], [14, (-1), 0, (-7)]).map { $0 + $1 }.compactMap { $0 > 0 ? $0 : nil }.first
    if let u = o101 { print(u + 10) } else { print("nil") }
    print(o101.map { $0 * 2 } ?? 14, o101 as Any)
    let v102 = min(1, mean([Double](repeating: 1, count: 2)))
    var count103 = 1
    let step104 = { count103 += 1 }
    step104()
    step104()
    v100.append(4)
    let set105 = Array(0..<1).reduce(into: Set<Int>()) { $0.insert($1 % 3) }
    print(set105.count, set105.sorted())
    print("v99", v99)
    print("v100", v100)
    print("v102", v102)
    print("count103", count103)
}
case0()
