class Base {
    var x = 1.0
    var y = 2
    func describe() -> String { "\(x) \(y)" }
    func bump() { x = x * 2 + 1; y += 3; self.y = self.y * 2 }
}
final class Sub: Base {
    var z = 5
    override var x: Double {
        get { Double(z) + 100 }
        set { z = Int(newValue) - 1 }
    }
    func more() -> Int { z + y }
}
let b = Base(), s = Sub()
b.bump(); s.bump(); b.bump()
print(b.describe(), s.describe(), s.more(), b.x, s.x, s.y, s.z)
class Counter { var n = 0 { didSet { changes += 1 } }; var changes = 0
    func tick() { n += 1; n = n * 2 } }
let c = Counter(); for _ in 0..<3 { c.tick() }
print(c.n, c.changes)
let items: [Base] = [Base(), Sub(), Base()]
var sum = 0.0
for (i, it) in items.enumerated() { it.x = Double(i); sum += it.x + Double(it.y) }
print(sum)
