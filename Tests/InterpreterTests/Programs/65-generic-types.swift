// Generic structs: a stack and a labelled sample.
struct Stack<Element> {
    private var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var top: Element? { items.last }
    var count: Int { items.count }
}

var s = Stack<Int>()
s.push(1); s.push(2); s.push(3)
print(s.pop()!, s.top!, s.count)

var words = Stack<String>()
words.push("a")
print(words.top ?? "empty", words.count)

struct Labelled<Features, Label> {
    var features: Features
    var label: Label
}
let sample = Labelled(features: [0.5, 1.5], label: "spam")
print(sample.features, sample.label)
let digit = Labelled<[Int], Int>(features: [0, 1, 1], label: 7)
print(digit.label + 1)

struct Pair<T: Comparable> {
    var a: T
    var b: T
    var smaller: T { a < b ? a : b }
}
print(Pair(a: 4, b: 2).smaller, Pair(a: "x", b: "y").smaller)
