// Scopes and shadowing: names in nested blocks, functions and closures.
let x = 10
func readGlobal() -> Int { x + 1 }
print(readGlobal())

do {
    let x = 20
    print("inner x:", x)
}
print("outer x:", x)

var total = 0
for i in 1...3 {
    let x = i * 100
    total += x
}
print(total, x)

// Shadowing an optional with its unwrapped value.
let maybe: Int? = 5
if let maybe = maybe {
    print("unwrapped", maybe + 1)
}
if let maybe {
    print("shorthand", maybe * 2)
}

// guard let inside a loop with continue.
let raw = ["4", "x", "16", "", "25"]
var roots: [Int] = []
for text in raw {
    guard let n = Int(text) else {
        continue
    }
    var r = 0
    while (r + 1) * (r + 1) <= n { r += 1 }
    roots.append(r)
}
print(roots)

// A function parameter shadows a global of the same name.
func twice(_ x: Int) -> Int { x * 2 }
print(twice(3), x)

// Nested functions see the variables of the enclosing function, even after they change.
func accumulate(_ values: [Int]) -> Int {
    var sum = 0
    func add(_ v: Int) { sum += v }
    for v in values { add(v) }
    return sum
}
print(accumulate([1, 2, 3, 4]))

// A variable declared in an if branch is gone after it.
var message = "start"
if total > 100 {
    let message = "shadowed"
    print(message)
}
print(message)

// Closures created in a loop capture each iteration's constant.
var makers: [() -> Int] = []
for i in 0..<3 {
    makers.append { i * i }
}
print(makers.map { $0() })
