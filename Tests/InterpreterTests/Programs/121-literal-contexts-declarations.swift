// Integer literals in Double contexts: defaults, properties, tuples, optionals, collections.
func scaled(_ x: Double, by factor: Double = 2) -> Double { x * factor }
print(scaled(3), scaled(3, by: 1))

struct Hyper {
    var learningRate: Double = 1
    static let momentum: Double = 0
    var sizes: [Double] = [1, 2]
}
print(Hyper().learningRate, Hyper.momentum, Hyper().sizes)

let t: (Double, Int) = (1, 1)
print(t)
let o: Double? = 3
print(o!, o as Any)
let m: [[Double]] = [[1, 2], [3]]
print(m)
let d: [String: Double] = ["a": 1, "b": 2]
print(d["a"]!, d.values.sorted())
let s: Set<Double> = [2, 1]
print(s.sorted())
let f: Float = 3
print(f)
let nested: [String: [Double]] = ["w": [0, 1]]
print(nested["w"]!)
let opts: [Double?] = [1, nil]
print(opts)
enum Rate: Double { case slow = 1, fast = 10 }
print(Rate.slow.rawValue, Rate.fast.rawValue)
