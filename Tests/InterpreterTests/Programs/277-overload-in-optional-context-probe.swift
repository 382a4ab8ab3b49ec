// Probe (swiftc 6.3.1): an overloaded function none of whose overloads returns an optional, in an optional context.
func pick(_ x: Int, _ y: Int) -> Int { x > y ? x : y }
func pick(_ x: Double, _ y: Double) -> Double { x < y ? x : y }
let o1: Int? = pick(5, 8)
print(o1 as Any)
let o2: Int? = true ? pick(5, 8) : nil
print(o2 as Any)
let o3: Double? = true ? pick(5, 8) : nil
print(o3 as Any)
