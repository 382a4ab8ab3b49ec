// Control flow: if/guard with several conditions, if case, switch features, if/switch expressions.
func describe(_ x: Int?) -> String {
    guard let v = x, v >= 0 else { return "invalid" }
    if v == 0 { return "zero" } else if v < 10 { return "small" } else { return "large" }
}
print(describe(nil), describe(-1), describe(0), describe(5), describe(50))

let value: Int? = 7
if let value, value > 5 { print("unwrapped", value) }
if var copy = value { copy += 1; print(copy) }

enum Shape { case circle(radius: Double), rect(w: Double, h: Double), point }
let shapes: [Shape] = [.circle(radius: 1), .rect(w: 2, h: 3), .point]
for s in shapes {
    if case .rect(let w, let h) = s { print("rect area", w * h) }
    switch s {
    case .circle(let r) where r > 0.5: print("big circle")
    case .circle: print("small circle")
    case let .rect(w, h): print("rect", w, h)
    case .point: print("point")
    }
}

func grade(_ score: Double) -> String {
    switch score {
    case 90...: return "A"
    case 80..<90: return "B"
    case ..<50: return "F"
    default: return "C"
    }
}
print([95, 85, 70, 20].map { grade($0) })

let kind = if value! % 2 == 0 { "even" } else { "odd" }
let size = switch value! { case 0..<5: "few"; default: "many" }
print(kind, size)

for pair in [(0, 0), (1, 0), (0, 2), (3, 3)] {
    switch pair {
    case (0, 0): print("origin")
    case (_, 0), (0, _): print("on an axis")
    case let (a, b) where a == b: print("diagonal", a)
    default: print("elsewhere")
    }
}
var n = 3
switch n {
case 3: print("three"); fallthrough
case 2: print("at most three")
default: print("never")
}
repeat { n -= 1 } while n > 0
print(n)
do { let scoped = 1; print("do block", scoped) }
