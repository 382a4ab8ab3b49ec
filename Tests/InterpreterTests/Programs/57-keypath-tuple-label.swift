// .map(\.label) over an array of labelled tuples.
let runs: [(name: String, seconds: Double)] = [("sgd", 1.5), ("adam", 0.75), ("rmsprop", 1.0)]
print(runs.map(\.seconds))
print(runs.map(\.name))
print(runs.map(\.seconds).reduce(0, +))
let fastest = runs.min { $0.seconds < $1.seconds }!
print(fastest.name)

struct Sample { var x: Double; var label: Int }
let samples = [Sample(x: 0.5, label: 1), Sample(x: -1, label: 0)]
print(samples.map(\.label), samples.map(\.x))
print(["ab", "cde"].map(\.count))
