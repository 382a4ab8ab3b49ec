// if/else, guard, and the ternary operator.
func classify(_ x: Double) -> String {
    if x < 0 {
        return "negative"
    } else if x == 0 {
        return "zero"
    } else if x < 1 {
        return "small"
    } else {
        return "large"
    }
}
for x in [-2.0, 0.0, 0.5, 3.0] {
    print(x, classify(x))
}

func step(_ z: Double) -> Int {
    return z >= 0 ? 1 : 0
}
print(step(-0.1), step(0.0), step(2.0))

func safeDivide(_ a: Double, _ b: Double) -> Double? {
    guard b != 0 else {
        return nil
    }
    return a / b
}
print(safeDivide(1, 4) ?? -1, safeDivide(1, 0) ?? -1)

func grade(_ score: Int) -> String {
    guard score >= 0, score <= 100 else {
        return "invalid"
    }
    if score >= 90 { return "A" }
    if score >= 75 { return "B" }
    return "C"
}
print(grade(95), grade(80), grade(10), grade(120))

// Nested conditions and boolean logic.
let temperature = 18
let sunny = true
if temperature > 15 && sunny {
    print("go outside")
}
if !(temperature > 25) {
    print("not hot")
}
let label = temperature < 10 ? "cold" : temperature < 20 ? "mild" : "warm"
print(label)

var counter = 0
for i in 1...20 {
    if i % 3 == 0 && i % 5 == 0 {
        counter += 100
    } else if i % 3 == 0 {
        counter += 10
    } else if i % 5 == 0 {
        counter += 1
    }
}
print(counter)
