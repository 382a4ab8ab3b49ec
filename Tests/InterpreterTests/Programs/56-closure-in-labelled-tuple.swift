// Calling a closure stored in a labelled tuple.
let p = (name: "double", f: { (x: Int) -> Int in x * 2 })
print(p.name, p.f(3))

let activations: [(name: String, f: (Double) -> Double)] = [
    (name: "identity", f: { $0 }),
    (name: "relu", f: { max(0, $0) }),
    (name: "step", f: { $0 >= 0 ? 1 : 0 }),
]
for a in activations {
    print(a.name, a.f(-2), a.f(3))
}
let pair = (up: { (x: Double) in x + 1 }, down: { (x: Double) in x - 1 })
print(pair.up(pair.down(5)))
