// Literal typing: how Swift decides what type a number literal has.
let a = 1              // Int
let b = 1.0            // Double
let c: Double = 1      // an integer literal can become a Double
let d: Float = 2       // ... or a Float
print(a, b, c, d)

// Integer division truncates, Double division does not.
print(1 / 2)
print(1.0 / 2)
print(1 / 2.0)
print(7 / 2, -7 / 2, 7 % 3, -7 % 3)
print(7.0 / 2.0)

// A literal takes the type of the other operand.
let half = 0.5
print(half * 3)
print(3 + half)
let n = 4
print(n * 2, n + 10)

// Explicit conversions between numeric types.
let count = 3
let total = 7.5
print(total / Double(count))
print(Int(total), Int(-2.7), Int(2.999))
print(Double(count) * 0.5)
print(Float(total) / 2)

// Large and small integer literals, with underscores for readability.
let million = 1_000_000
print(million, million * 1000)
print(0xFF, 0b1010, 0o17)
print(Int.max, Int.min)

// Boolean and string literals.
let yes = true
let no = false
print(yes, no, !yes, yes && no, yes || no)
let greeting = "hello"
let letter: Character = "x"
print(greeting, letter)
print(a == 1, b == 1.0, c == 1.0, d == 2)
