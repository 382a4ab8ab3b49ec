import MLCore

/// The tensor tape (`Tape`, `Tracked`): reverse-mode autodiff over whole tensors.
func registerTapeLibrary(_ lib: NativeLibrary) {
    lib.declare(Tape.self, name: "Tape") { t in
        t.initializer("init()") { _ in Tape() }
        t.property("count") { $0.count }
        t.method("variable(_ value: Tensor) -> Tracked") { tape, a in tape.variable(try a[0] as Tensor) }
        t.method("constant(_ value: Tensor) -> Tracked") { tape, a in tape.constant(try a[0]) }
        t.method("variable(_ parameter: Parameter) -> Tracked") { tape, a in tape.variable(try a[0] as Parameter) }
        t.method("backward(from output: Tracked) -> Void") { tape, a in try tape.backward(from: a[0]); return NoValue() }
        t.method("reset() -> Void") { tape, _ in tape.reset(); return NoValue() }
    }
    lib.declare(value: Tracked.self, name: "Tracked") { t in
        t.property("tape") { $0.tape }
        t.property("value") { $0.value }
        t.property("shape") { $0.shape }
        t.property("gradient") { $0.gradient }
        t.property("requiresGradient") { $0.requiresGradient }
        t.property("description") { $0.description }
        t.property("exp") { $0.exp }
        t.property("log") { $0.log }
        t.property("squareRoot") { $0.squareRoot }
        t.property("squared") { $0.squared }
        t.property("magnitude") { $0.magnitude }
        t.property("tanh") { $0.tanh }
        t.property("sigmoid") { $0.sigmoid }
        t.property("relu") { $0.relu }
        t.property("leakyRelu") { $0.leakyRelu }
        t.property("softmax") { $0.softmax }
        t.property("logSoftmax") { $0.logSoftmax }
        t.property("transposed") { $0.transposed }
        t.method("backward() -> Void") { x, _ in try x.backward(); return NoValue() }
        t.method("log(floor: Double) -> Tracked") { x, a in x.log(floor: try a[0]) }
        t.method("power(_ exponent: Double) -> Tracked") { x, a in x.power(try a[0]) }
        t.method("clamped(_ low: Double, _ high: Double) -> Tracked") { x, a in x.clamped(try a[0], try a[1]) }
        t.method("sum() -> Tracked") { x, _ in x.sum() }
        t.method("mean() -> Tracked") { x, _ in x.mean() }
        t.method("sum(axis: Int, keepingDimension: Bool = false) -> Tracked") { x, a in try x.sum(axis: a[0], keepingDimension: a[1]) }
        t.method("mean(axis: Int, keepingDimension: Bool = false) -> Tracked") { x, a in try x.mean(axis: a[0], keepingDimension: a[1]) }
        t.method("matmul(_ other: Tracked) -> Tracked") { x, a in try x.matmul(a[0]) }
        t.method("linear(weights: Tracked, bias: Tracked) -> Tracked") { x, a in try x.linear(weights: a[0], bias: a[1]) }
        t.method("reshaped(_ shape: [Int]) -> Tracked") { x, a in try x.reshaped(a[0]) }
        t.method("column(_ index: Int) -> Tracked") { x, a in try x.column(a[0]) }
        t.method("picked(columnPerRow columns: [Int]) -> Tracked") { x, a in try x.picked(columnPerRow: a[0]) }
        t.method("binaryCrossEntropyWithLogits(_ targets: Tensor) -> Tracked") { x, a in try x.binaryCrossEntropyWithLogits(a[0]) }
        t.method("softmaxCrossEntropy(_ targets: Tensor) -> Tracked") { x, a in try x.softmaxCrossEntropy(a[0]) }
        t.staticMethod("concatenate(_ parts: [Tracked], axis: Int = 0) -> Tracked") { a in try Tracked.concatenate(a[0], axis: a[1]) }
    }
    typealias T = Tracked
    lib.function("+") { (a: T, b: T) in try a + b }
    lib.function("-") { (a: T, b: T) in try a - b }
    lib.function("*") { (a: T, b: T) in try a * b }
    lib.function("/") { (a: T, b: T) in try a / b }
    lib.function("+") { (a: T, b: Tensor) in try a + b }
    lib.function("-") { (a: T, b: Tensor) in try a - b }
    lib.function("*") { (a: T, b: Tensor) in try a * b }
    lib.function("/") { (a: T, b: Tensor) in try a / b }
    lib.function("+") { (a: Tensor, b: T) in try a + b }
    lib.function("-") { (a: Tensor, b: T) in try a - b }
    lib.function("*") { (a: Tensor, b: T) in try a * b }
    lib.function("/") { (a: Tensor, b: T) in try a / b }
    lib.function("+") { (a: T, b: Double) in a + b }
    lib.function("-") { (a: T, b: Double) in a - b }
    lib.function("*") { (a: T, b: Double) in a * b }
    lib.function("/") { (a: T, b: Double) in a / b }
    lib.function("+") { (a: Double, b: T) in a + b }
    lib.function("-") { (a: Double, b: T) in a - b }
    lib.function("*") { (a: Double, b: T) in a * b }
    lib.function("/") { (a: Double, b: T) in a / b }
    lib.function("-") { (a: T) in -a }
}
