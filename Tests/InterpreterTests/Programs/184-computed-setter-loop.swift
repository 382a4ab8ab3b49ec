// A struct's computed property with a setter, assigned in a loop (plain and compound assignment).
struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
var t = Temperature(celsius: 100)
for i in 0..<200 {
    t.fahrenheit = Double(i)
    t.fahrenheit += 1
}
print((t.celsius * 1e6).rounded() / 1e6)

struct Account {
    var cents = 0
    var dollars: Double {
        get { Double(cents) / 100 }
        set { cents = Int((newValue * 100).rounded()) }
    }
}
var a = Account()
for _ in 0..<100 { a.dollars += 0.25 }
print(a.cents, a.dollars)
