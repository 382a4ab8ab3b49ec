// print with several items, separator: and terminator:.
print("a", "b", "c")
print("a", "b", "c", separator: "-")
print("no newline", terminator: "")
print(" ... continued")
print(1, 2.0, true, "s", separator: " | ")
print("x", terminator: "!\n")
print()
print("after an empty line")
print(1, 2, 3, separator: "")
print("end", separator: ",", terminator: ".\n")

// Progress dots on one line.
for i in 1...5 {
    print(i, terminator: i < 5 ? "." : "\n")
}

// A tiny table with padding by hand.
func pad(_ s: String, _ width: Int) -> String {
    var result = s
    while result.count < width {
        result = " " + result
    }
    return result
}
let header = ["epoch", "loss", "acc"]
print(header.map { pad($0, 7) }.joined())
let rows: [(Int, Double, Double)] = [(1, 0.693, 0.5), (2, 0.41, 0.75), (3, 0.2, 1.0)]
for (epoch, loss, acc) in rows {
    print(pad(String(epoch), 7), pad(String(loss), 6), pad(String(acc), 6), separator: " ")
}

// Printing collections and nested values.
print([1, 2, 3])
print(["a", "b"])
print([1.5, 2.0])
print([[1, 2], [3]])
print(["only": 1])
print([(1, "one")])
print((1, (2.5, "x")))
print([true, false])
let ch: Character = "q"
print([ch], ch)
print("quote: \"x\"", ["with \"quotes\""])
print([Int]())
print("multi\nline")
