// Classes: reference semantics, inheritance, super calls, type checks and casts, identity.
class Animal {
    let name: String
    var legs: Int
    init(name: String, legs: Int = 4) { self.name = name; self.legs = legs }
    func sound() -> String { "..." }
    func describe() -> String { "\(name) with \(legs) legs says \(sound())" }
}
class Dog: Animal {
    init(name: String) { super.init(name: name) }
    override func sound() -> String { "woof" }
}
class Puppy: Dog {
    override func sound() -> String { super.sound() + " (tiny)" }
    override func describe() -> String { "puppy: " + super.describe() }
}
final class Bird: Animal {
    init(name: String) { super.init(name: name, legs: 2) }
    override func sound() -> String { "tweet" }
}
let animals: [Animal] = [Dog(name: "rex"), Bird(name: "tweety"), Puppy(name: "bit"), Animal(name: "thing")]
for a in animals { print(a.describe()) }
print(animals.filter { $0 is Dog }.count, animals.compactMap { $0 as? Bird }.map { $0.name })
let d = animals[0] as! Dog
print(d.sound())
let alias = animals[1]
alias.legs = 3
print(animals[1].legs, alias === animals[1], alias !== animals[0])
final class Counter { var n = 0; func tick() { n += 1 } }
let c1 = Counter()
let c2 = c1
c2.tick(); c1.tick()
print(c1.n, c2.n, c1 === c2)
