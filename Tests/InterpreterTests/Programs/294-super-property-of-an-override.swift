class Base {
    var level = 1.5
    var name: String { "base" }
    func describe() -> String { "\(name) \(level)" }
}
class Boosted: Base {
    override var level: Double {
        get { super.level * 10 }
        set { }
    }
    override var name: String { "boosted(" + super.name + ")" }
}
let items: [Base] = [Base(), Boosted()]
for b in items { print(b.describe(), b.level) }
