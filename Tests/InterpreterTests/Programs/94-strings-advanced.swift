import Foundation

// Strings: multi-line and raw strings, escapes, searching and transforming.
let poem = """
    Roses are red,
      indented line
    end
    """
print(poem)
print(#"a raw \n string with "quotes""#)
print("tab:\t|newline escaped: \\n| quote: \" unicode: \u{00E9}")
let s = "  Gradient Descent  "
let t = s.trimmingCharacters(in: .whitespaces)
print("[\(t)]", t.count, t.isEmpty, "".isEmpty)
print(t.uppercased(), t.lowercased())
print(t.hasPrefix("Grad"), t.hasSuffix("cent"), t.contains("ent D"))
print(t.split(separator: " "), "a,b,,c".components(separatedBy: ","))
print(["x", "y", "z"].joined(separator: "-"), ["x", "y"].joined())
print(t.replacingOccurrences(of: "e", with: "3"))
print(String(t.reversed()), String(t.sorted()).trimmingCharacters(in: .whitespaces))
print(t.first!, t.last!, Array(t)[3])
var built = "loss"
built += ": "
built.append("0.5")
built.append(Character("!"))
print(built)
for ch in "a1 B" {
    print(ch, ch.isLetter, ch.isNumber, ch.isWhitespace, ch.isUppercase)
}
print("hello".count, "héllo".count, "e\u{301}" == "é")
