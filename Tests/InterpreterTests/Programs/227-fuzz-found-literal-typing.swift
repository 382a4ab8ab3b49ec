import Foundation

// Literal typing cases that scripts/difffuzz found (lectern printed Ints or rejected them before
// the type checker landed), kept as a regression test.
var accumulator: Double = 0.0
for _ in 0..<1 { accumulator += sqrt(abs(19)) }
print(accumulator)
let largest: Double = abs(sqrt(abs(1.5))) + (([9, 7] + [0.5, (-9), 15, 14]).max() ?? 0.5)
print(largest)
let underscored = String(repeating: String("b a".map { $0 == " " ? "_" : $0 }), count: 2)
print(underscored)
let capped: [Double] = [10.0, 19, 14].map { $0 > 1 ? 1 : $0 }
print(capped)
let kept: [Double] = [11, 5].filter { $0 > 1 }
print(kept)
let chained: [Double] = [7, (-8)].map { Double($0) }.filter { $0 > 2 }.map { $0 > 1 ? 1 : $0 }
print(chained)
func run() {
    let local: [Double] = [3, 0.5].map { $0 > 1 ? 2 : $0 }
    print(local)
}
run()
