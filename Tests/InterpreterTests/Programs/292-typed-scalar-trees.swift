// Typed lowering of Int and Double operator trees: literal typing in context, nested
// arithmetic and ternaries, conversions, captured and global operands, comparisons of trees.
var total = 0.0
let scale = 3
func mixed(_ k: Double, _ n: Int) -> Double {
    let a = 2 * k + 1
    let b = (7 / 2) * k
    let c = Double(n) * 0.5 - Double(n / 2)
    let d = -(k * k) + (1 + 2) * k
    return a + b + c + d
}
func collatzLength(_ start: Int) -> Int {
    var n = start, length = 1
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        length += 1
    }
    return length
}
func remainders(_ a: Int, _ b: Int) -> [Int] { [a % b, -a % b, a % -b, (a * 3 + 1) % b, -(a / b) * b] }
for i in 0..<5 {
    let k = Double(i)
    total += 1.0 / (2.0 * k + 1.0) * (i % 2 == 0 ? 1 : -1)
    print(mixed(k, i * scale + 1), collatzLength(i * scale + 7), remainders(i * 7 + 3, scale + 1))
}
print(total)
var counter = 10
let bump = { (x: Int) -> Int in
    counter = counter * 2 + x
    return counter - (x + 1) * 2
}
print(bump(3), bump(-4), counter)
let xs = [1.5, -2.25, 4.0]
var acc = 0.0
for (i, x) in xs.enumerated() {
    acc = acc * 0.5 + x * Double(i + 1) - (x > 0 ? x / 4 : -x)
    if acc * 2 + 1 > Double(i) * 0.75 { print("over", i, acc) } else { print("under", i, acc) }
}
let big = Int.max / 3
print(big * 2 + (big % 7), (big - 1) / 2 * 2, Double(big) / 1e18 * 2)
print(0.1 + 0.2 * 3 - 0.3, (1e308 * 10) - 1e308 * 10 == 0, 5 / 2 * 2.0)
