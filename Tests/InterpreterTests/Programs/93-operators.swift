// Operators: wrapping arithmetic, bitwise, comparisons of tuples/arrays/optionals, swaps.
let big = Int.max
print(big &+ 1 == Int.min, 5 &- 7, 3 &* 4)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 4, 256 >> 3)
print(7 / 2, -7 / 2, 7 % 3, -7 % 3, 7.5 / 2)
print((1, "a") == (1, "a"), (1, 2) < (1, 3), [1, 2] == [1, 2], [1.0] != [2.0])
let o: Int? = 4
print(o == 4, o != nil, (nil as Int?) == nil)
print(["a": 1] == ["a": 1], ["a": 1] == ["a": 2])
var f = 10
f += 5; f -= 3; f *= 2; f /= 4; f %= 4
print(f)
var bits = 0b1010
bits &= 0b0110; bits |= 0b1000; bits ^= 0b0001; bits <<= 2; bits >>= 1
print(bits)
var p = 1, q = 2
(p, q) = (q, p)
print(p, q)
print(!true || false && true, 2 + 3 * 4 - 1, (2 + 3) * 4, -2 * -3)
print(1..<4, 1...3, (0..<10).contains(9), (0...5).count)
let maybe: String? = Int("x") == nil ? nil : "set"
print(maybe ?? "default", maybe?.count ?? -1)
print(3 > 2 ? "yes" : "no", 2.0 <= 2, "abc" < "abd", "Z" < "a")
