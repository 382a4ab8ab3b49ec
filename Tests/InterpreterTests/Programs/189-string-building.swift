// Building strings in loops: tables, progress bars, sparklines and number formatting by hand.
func fixed(_ x: Double, _ places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((abs(x) * scale).rounded())
    let whole = scaled / Int(scale), frac = scaled % Int(scale)
    var fracText = String(frac)
    while fracText.count < places { fracText = "0" + fracText }
    return (x < 0 ? "-" : "") + String(whole) + (places > 0 ? "." + fracText : "")
}
print(fixed(3.14159, 2), fixed(-0.5, 3), fixed(2, 0), fixed(0.005, 2), fixed(12.3456, 1))
func bar(_ fraction: Double, width: Int = 20) -> String {
    let filled = Int((fraction * Double(width)).rounded())
    return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
}
for f in [0.0, 0.25, 0.5, 1.0] { print(bar(f), fixed(f * 100, 1) + "%") }
let levels = Array(" .:-=+*#")
let values = [0.1, 0.5, 0.9, 0.3, 0.7, 1.0, 0.0]
var spark = ""
for v in values { spark.append(levels[min(Int(v * Double(levels.count)), levels.count - 1)]) }
print("|" + spark + "|")
var table = ""
for i in 1...3 {
    var row = ""
    for j in 1...4 { row += String(i * j).count == 1 ? " \(i * j) " : "\(i * j) " }
    table += row + "\n"
}
print(table, terminator: "")
let csv = [["epoch", "loss"], ["1", "0.9"], ["2", "0.4"]].map { $0.joined(separator: ",") }.joined(separator: "\n")
print(csv)
