// Dictionary methods, printed in sorted order.
var d: [String: Int] = ["b": 2, "a": 1]
d["c"] = 3
d["a"] = nil
d["b", default: 0] += 10
d["z", default: 0] += 1
print(d.count, d["b"]!, d["a"] as Any, d.isEmpty)
print(d.keys.sorted(), d.values.sorted())
for (k, v) in d.sorted(by: { $0.key < $1.key }) { print(k, v) }
let doubled = d.mapValues { $0 * 2 }
print(doubled.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
let parsed = ["x": "1", "y": "two"].compactMapValues { Int($0) }
print(parsed)
let big = d.filter { $0.value > 2 }
print(big.keys.sorted())
print(d.removeValue(forKey: "z")!, d.removeValue(forKey: "none") as Any)
let old = d.updateValue(99, forKey: "c")
print(old as Any, d["c"]!)
d.merge(["c": 1, "q": 5]) { current, new in current + new }
print(d.sorted { $0.key < $1.key })
print(d.contains { $0.value == 5 }, d.keys.contains("q"))
let byValue = d.sorted { $0.value > $1.value }.first!
print(byValue.key, byValue.value)
let single: [String: Double] = ["only": 1.5]
print(single, [String: Int]())
