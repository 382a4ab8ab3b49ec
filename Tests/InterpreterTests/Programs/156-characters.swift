// Characters: comparisons, ASCII codes, Caesar cipher, counting classes of characters.
let message = "Hello, World 2024!"
var letters = 0, digits = 0, spaces = 0, other = 0
for ch in message {
    if ch.isLetter { letters += 1 } else if ch.isNumber { digits += 1 } else if ch.isWhitespace { spaces += 1 } else { other += 1 }
}
print(letters, digits, spaces, other)
print(Character("a") < Character("b"), Character("Z") < Character("a"), "é" > "e")
let codes = "ABC".map { Int($0.asciiValue!) }
print(codes)
let lower = Array("abcdefghijklmnopqrstuvwxyz"), upper = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
func shift(_ c: Character, by k: Int) -> Character {
    if let i = lower.firstIndex(of: c) { return lower[(i + k) % 26] }
    if let i = upper.firstIndex(of: c) { return upper[(i + k) % 26] }
    return c
}
let encrypted = String(message.map { shift($0, by: 3) })
print(encrypted)
print(String(encrypted.map { shift($0, by: 23) }))
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print(message.lowercased().filter { vowels.contains($0) }.count)
print(message.filter { $0.isUppercase }, Array(message.prefix(5)), message.dropFirst(7).prefix(5))
print("7".first!.wholeNumberValue!, "x".first!.wholeNumberValue as Any)
