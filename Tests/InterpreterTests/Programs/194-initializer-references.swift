// Initialisers used as functions: String.init, Double.init, Int.init and a user type's init.
let xs = [1, 2, 3]
print(xs.map(String.init))
print(xs.map(Double.init))
print(["1", "x", "3"].compactMap(Int.init))
print(["2.5", "-", "1e2"].compactMap(Double.init))
struct Celsius { var degrees: Double }
let temperatures = [20.0, 25.5].map(Celsius.init)
print(temperatures.map { $0.degrees })
let labels = [0, 1, 1].map(String.init).joined(separator: "|")
print(labels)
