// Protocol extension methods: requirements dispatch dynamically, extension-only methods statically.
protocol Greeter {
    func greet() -> String
}
extension Greeter {
    func greet() -> String { "hello from the default" }
    func shout() -> String { "DEFAULT SHOUT" }
}
struct Quiet: Greeter {}
struct Loud: Greeter {
    func greet() -> String { "HELLO" }
    func shout() -> String { "LOUD SHOUT" }
}
let items: [any Greeter] = [Quiet(), Loud()]
for g in items { print(g.greet(), "/", g.shout()) }
print(Loud().shout(), Quiet().shout())
func viaGeneric<G: Greeter>(_ g: G) -> String { g.greet() + " | " + g.shout() }
print(viaGeneric(Loud()))
