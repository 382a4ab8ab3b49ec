// String interpolation of many kinds of values.
let i = 3, d = 0.1 + 0.2, b = true, c: Character = "z"
let arr = [1, 2], dict = ["k": 1.5], opt: Int? = nil, tup = (1, "a")
print("\(i) \(d) \(b) \(c)")
print("\(arr) \(dict) \(opt as Any) \(tup)")
print("sum: \(i + 4), call: \(arr.map { $0 * 10 }), nested: \("inner \(i)")")
print("ternary: \(i > 2 ? "big" : "small"), string: \("quoted")")
struct P: CustomStringConvertible { var x = 1; var description: String { "P<\(x)>" } }
struct Q { var y = 2.0 }
print("\(P()) \(Q()) \([P()])")
enum Kind { case a, b(Int) }
print("\(Kind.a) \(Kind.b(5))")
let empty = ""
print("[\(empty)]", "\(Int.max)", "\(-0.0)", "\(1e100)")
var log = ""
for k in 1...3 { log += "\(k)," }
print(log, "\(log.count)")
print("multi \(1) \(2.0) \(Float(3))")
