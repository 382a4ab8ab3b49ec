// String(...) of a mapped string builds a String, not an array.
let s = String("a-b".map { $0.isLetter ? $0 : " " })
print(s)

let cleaned = String("Hello, World!".map { $0.isLetter ? $0 : "_" })
print(cleaned)
let digits = String("a1b2c3".filter { $0.isNumber })
print(digits)
let reversed = String("stressed".reversed())
print(reversed)
let upper = String(["a", "b", "c"].map { $0 == "b" ? "B" : $0 } as [Character])
print(upper, upper.count)
