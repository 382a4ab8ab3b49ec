// Optionals: printing, unwrapping, chaining.
let some: Int? = 4
let none: Int? = nil
print(some)
print(none)
print([some, none], [none])
print(some ?? 0, none ?? 0)

let values = [3, 1, 4]
print([values.first, values.max(), values.min()])
let empty: [Int] = []
print(empty.first ?? -1, [empty.first])

if let v = some {
    print("some is", v)
}
if let v = none {
    print("none is", v)
} else {
    print("none is nil")
}
if let a = some, a > 3 {
    print("a is bigger than 3")
}

func describe(_ x: Int?) -> String {
    guard let x = x else {
        return "nothing"
    }
    return "value \(x)"
}
print(describe(some), describe(none))

// Force unwrap when we are sure.
let parsed = Int("21")
print(parsed! * 2)

// Optional chaining.
let word: String? = "hello"
let noWord: String? = nil
print([word?.count, noWord?.count])
print(word?.uppercased() ?? "none")
print(noWord?.uppercased() ?? "none")

struct Layer {
    var size: Int
}
struct Network {
    var output: Layer?
}
let net = Network(output: Layer(size: 3))
let bare = Network(output: nil)
print(net.output?.size ?? -1, bare.output?.size ?? -1)

// Comparing with nil.
print(some != nil, none == nil)
var maybeDouble: Double? = nil
maybeDouble = 2.5
print(maybeDouble ?? 0)
maybeDouble = nil
print(maybeDouble == nil)
