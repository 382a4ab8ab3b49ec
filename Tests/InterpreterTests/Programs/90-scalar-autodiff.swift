import Foundation

// A tiny reverse-mode autodiff engine in the style of micrograd.
final class Value {
    var data: Double
    var grad = 0.0
    let parents: [Value]
    var backwardStep: () -> Void = {}
    init(_ data: Double, parents: [Value] = []) {
        self.data = data
        self.parents = parents
    }
    static func + (a: Value, b: Value) -> Value {
        let out = Value(a.data + b.data, parents: [a, b])
        out.backwardStep = { [unowned out] in a.grad += out.grad; b.grad += out.grad }
        return out
    }
    static func * (a: Value, b: Value) -> Value {
        let out = Value(a.data * b.data, parents: [a, b])
        out.backwardStep = { [unowned out] in a.grad += b.data * out.grad; b.grad += a.data * out.grad }
        return out
    }
    func tanh() -> Value {
        let t = Foundation.tanh(data)
        let out = Value(t, parents: [self])
        out.backwardStep = { [unowned out] in self.grad += (1 - t * t) * out.grad }
        return out
    }
    func backward() {
        var order: [Value] = []
        var seen = Set<ObjectIdentifier>()
        func visit(_ v: Value) {
            if seen.contains(ObjectIdentifier(v)) { return }
            seen.insert(ObjectIdentifier(v))
            for p in v.parents { visit(p) }
            order.append(v)
        }
        visit(self)
        grad = 1
        for v in order.reversed() { v.backwardStep() }
    }
}

// A single neuron: tanh(x1 w1 + x2 w2 + b).
let x1 = Value(2), x2 = Value(0), w1 = Value(-3), w2 = Value(1), b = Value(6.8813735870195432)
let o = (x1 * w1 + x2 * w2 + b).tanh()
o.backward()
func r(_ x: Double) -> Double { (x * 1e4).rounded() / 1e4 }
print("o", r(o.data))
print("grads", r(x1.grad), r(w1.grad), r(x2.grad), r(w2.grad), r(b.grad))
let a = Value(3)
let y = a * a + a
y.backward()
print(y.data, a.grad)
