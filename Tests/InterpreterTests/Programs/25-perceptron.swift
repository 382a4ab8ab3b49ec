// A perceptron learning the OR function with the Rosenblatt rule.
let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let targets: [Double] = [0, 1, 1, 1]

var weights = [0.0, 0.0]
var bias = 0.0
let learningRate = 0.25

func predict(_ x: [Double]) -> Double {
    var z = bias
    for i in 0..<x.count {
        z += weights[i] * x[i]
    }
    return z > 0 ? 1 : 0
}

var epoch = 0
var errors = 1
while errors > 0 && epoch < 20 {
    errors = 0
    epoch += 1
    for (x, y) in zip(inputs, targets) {
        let error = y - predict(x)
        if error != 0 {
            errors += 1
            for i in 0..<weights.count {
                weights[i] += learningRate * error * x[i]
            }
            bias += learningRate * error
        }
    }
    print("epoch \(epoch): errors = \(errors), w = \(weights), b = \(bias)")
}

for x in inputs {
    print(x, "->", predict(x))
}
let correct = zip(inputs, targets).filter { predict($0.0) == $0.1 }.count
print("accuracy:", Double(correct) / Double(inputs.count))
