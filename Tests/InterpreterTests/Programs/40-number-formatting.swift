import Foundation

// Formatting numbers by hand (String(format:) is not used in the course).
func rounded(_ x: Double, places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (x * scale).rounded() / scale
}

func percent(_ fraction: Double) -> String {
    return "\(rounded(fraction * 100, places: 1))%"
}

func padLeft(_ s: String, to width: Int) -> String {
    let missing = width - s.count
    return missing > 0 ? String(repeating: " ", count: missing) + s : s
}

func bar(_ fraction: Double, width: Int = 20) -> String {
    let filled = Int((fraction * Double(width)).rounded())
    return String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
}

print(rounded(3.14159, places: 2), rounded(2.5, places: 0), rounded(-1.005, places: 2))
print(rounded(1.0 / 3.0, places: 4), rounded(123.456, places: 1))
print(percent(0.8765), percent(1), percent(0))

let accuracies = [0.5, 0.72, 0.881, 0.9534]
for (epoch, a) in accuracies.enumerated() {
    print(padLeft(String(epoch + 1), to: 3), bar(a), padLeft(percent(a), to: 6))
}

// Integer formatting: thousands separators by hand.
func grouped(_ n: Int) -> String {
    let digits = String(n)
    var result = ""
    for (i, ch) in digits.reversed().enumerated() {
        if i > 0 && i % 3 == 0 { result = "," + result }
        result = String(ch) + result
    }
    return result
}
print(grouped(7), grouped(1234), grouped(1000000), grouped(9876543210))

// Fixed number of decimals, padding with zeros.
func fixed(_ x: Double, _ places: Int) -> String {
    let text = String(rounded(x, places: places))
    let parts = text.split(separator: ".")
    let decimals = parts.count > 1 ? String(parts[1]) : ""
    let zeros = String(repeating: "0", count: max(0, places - decimals.count))
    return String(parts[0]) + "." + decimals + zeros
}
print(fixed(0.5, 3), fixed(2.0, 2), fixed(3.14159, 4), fixed(10.1, 1))
