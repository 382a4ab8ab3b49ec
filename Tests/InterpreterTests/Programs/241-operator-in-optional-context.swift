// An overloaded operator on literals whose value is wrapped into an optional: the overload is
// chosen by the wrapped type (Int's division here, Double's there), as swiftc does.
let c = "a".hasPrefix("b")
let o: Int? = c ? ((-2) / 2) : nil
print(o as Any)
let p: Int? = (-2) / 2
print(p as Any)
let d: Double? = 1 / 2
print(d as Any)
let e: Int? = c ? nil : 7 * 3
print(e as Any)
var f: Double? = nil
f = 3 - 0.5 * 2
print(f as Any, (f ?? 0) + 1)
