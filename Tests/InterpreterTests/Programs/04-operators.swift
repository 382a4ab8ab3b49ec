// Operator precedence and compound assignment.
print(2 + 3 * 4)
print((2 + 3) * 4)
print(10 - 4 - 3)
print(100 / 10 / 5)
print(2 + 3 * 4 - 6 / 2)
print(-3 * -3)
let no = false
print(1 + 2 == 3 && 4 > 3 || no)
print(!(1 < 2) || 3 >= 3)
let size = 5
print(size > 3 ? "big" : "small")
print(no || 2 < 3 ? 10 : 20)

// Compound assignment operators.
var x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 5
print(x)
x %= 3
print(x)

var w = 1.5
w *= 4
w -= 0.5
w /= 2
print(w)

var s = "ab"
s += "cd"
print(s)

var values = [1, 2]
values += [3, 4]
print(values)

// Comparison of tuples and strings.
print((1, 2) < (1, 3), (2, 0) > (1, 9))
print("apple" < "banana", "a" == "a")

// Range operators.
let closed = 1...5
let halfOpen = 0..<3
print(closed.contains(5), halfOpen.contains(3))
print(Array(closed), Array(halfOpen))
print(closed.count, halfOpen.count, closed.lowerBound, closed.upperBound)

// The nil-coalescing operator binds looser than arithmetic.
let maybe: Int? = nil
print(maybe ?? 0 + 7)
print((maybe ?? 0) + 7)

// Mixing operators with function calls.
func square(_ v: Int) -> Int { return v * v }
print(square(3) + square(4) * 2)
