// Scalar benchmark: building strings with interpolation and appending, 100 000 lines.
var report = ""
var longest = 0
for i in 0..<100_000 {
    let line = "epoch \(i): loss=\(i % 97)"
    if line.count > longest { longest = line.count }
    report += line
    report += "\n"
}
print(report.count, longest)
