// Parsing numbers from text: valid, invalid and edge-case inputs.
let inputs = ["42", "-7", "+3", " 5", "5 ", "3.0", "1e3", "0x10", "", "007", "9223372036854775807", "9223372036854775808"]
for s in inputs {
    print("[\(s)]", Int(s) as Any, Double(s) as Any)
}
print(Double("inf") as Any, Double("-infinity") as Any, Double("nan")?.isNaN as Any)
print(Double(".5") as Any, Double("5.") as Any, Double("1_000") as Any)
let csv = "1.5,2,abc,,4e-1"
let parsed = csv.split(separator: ",", omittingEmptySubsequences: false).map { Double(String($0)) }
print(parsed)
print(parsed.compactMap { $0 }.reduce(0, +))
let line = "epoch=12 loss=0.0425 acc=0.97"
var fields: [String: Double] = [:]
for part in line.split(separator: " ") {
    let kv = part.split(separator: "=")
    if kv.count == 2, let v = Double(String(kv[1])) { fields[String(kv[0])] = v }
}
print(fields.keys.sorted().map { "\($0)=\(fields[$0]!)" })
