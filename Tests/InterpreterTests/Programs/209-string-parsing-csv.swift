// Parsing a small CSV text into typed rows, with a header and a bad line.
let csv = """
sepal_length,sepal_width,species
5.1,3.5,setosa
4.9,3.0,setosa
7.0,3.2,versicolor
6.4,abc,versicolor
6.3,3.3,virginica
"""
let lines = csv.split(separator: "\n").map { String($0) }
let header = lines[0].split(separator: ",").map { String($0) }
print(header)
var rows: [(features: [Double], species: String)] = []
var rejected: [Int] = []
for (i, line) in lines.dropFirst().enumerated() {
    let fields = line.split(separator: ",").map { String($0) }
    let numbers = fields.dropLast().compactMap { Double($0) }
    if numbers.count == fields.count - 1 {
        rows.append((numbers, fields.last!))
    } else {
        rejected.append(i + 2)
    }
}
print(rows.count, "rows; rejected lines", rejected)
let species = Array(Set(rows.map { $0.species })).sorted()
for s in species {
    let group = rows.filter { $0.species == s }
    let meanLength = group.map { $0.features[0] }.reduce(0, +) / Double(group.count)
    print(s, group.count, (meanLength * 100).rounded() / 100)
}
