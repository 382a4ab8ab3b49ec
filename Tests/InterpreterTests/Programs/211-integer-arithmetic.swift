// Integer arithmetic: division and remainder signs, overflow operators, bit tricks, powers of two.
let pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2)]
for (a, b) in pairs { print(a, b, a / b, a % b, a.quotientAndRemainder(dividingBy: b)) }
print(Int.max &+ 1, Int.min &- 1, Int.max &* 2)
func popCount(_ n: Int) -> Int {
    var m = n, c = 0
    while m != 0 { c += m & 1; m >>= 1 }
    return c
}
print((0...8).map(popCount), popCount(255))
func isPowerOfTwo(_ n: Int) -> Bool { n > 0 && n & (n - 1) == 0 }
print([1, 2, 3, 4, 6, 8, 1024, 1000].filter(isPowerOfTwo))
print(1 << 10, 1024 >> 3, -16 >> 2, ~0, 0b1011 ^ 0b0110, 0xff & 0x0f, 0o17)
var hash = 5381
for ch in "lectern" { hash = (hash &* 33) &+ Int(ch.asciiValue!) }
print(hash)
print(abs(-42), (-42).magnitude, 17.isMultiple(of: 3), (-9).signum(), 0.signum())
print(Int(Double(Int.max) / 2) > 0, 10 / 3 * 3 + 10 % 3)
