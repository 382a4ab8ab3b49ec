import MLCore

/// `Tensor`: construction, shape, element access, reductions, element-wise maths and operators.
func registerTensorLibrary(_ lib: NativeLibrary) {
    lib.declare(value: Tensor.self, name: "Tensor") { t in
        t.initializer("init(_ scalars: [Double])") { a in Tensor(try a[0] as [Double]) }
        t.initializer("init(_ rows: [[Double]])") { a in try Tensor(a[0] as [[Double]]) }
        t.initializer("init(shape: [Int], scalars: [Double])") { a in try Tensor(shape: a[0], scalars: a[1]) }
        t.initializer("init(scalar: Double)") { a in Tensor(scalar: try a[0]) }
        t.initializer("init(repeating: Double, shape: [Int])") { a in try Tensor(repeating: a[0], shape: a[1]) }
        t.staticMethod("zeros(_ shape: [Int]) -> Tensor") { a in try Tensor.zeros(a[0]) }
        t.staticMethod("ones(_ shape: [Int]) -> Tensor") { a in try Tensor.ones(a[0]) }
        t.staticMethod("identity(_ size: Int) -> Tensor") { a in try Tensor.identity(a[0]) }
        t.staticMethod("uniform(_ shape: [Int], low: Double = 0, high: Double = 1, seed: Int) -> Tensor") { a in
            try Tensor.uniform(a[0], low: a[1], high: a[2], seed: a[3])
        }
        t.staticMethod("normal(_ shape: [Int], mean: Double = 0, standardDeviation: Double = 1, seed: Int) -> Tensor") { a in
            try Tensor.normal(a[0], mean: a[1], standardDeviation: a[2], seed: a[3])
        }
        t.staticMethod("linspace(_ start: Double, _ end: Double, count: Int) -> Tensor") { a in try Tensor.linspace(a[0], a[1], count: a[2]) }
        t.staticMethod("concatenate(_ tensors: [Tensor], axis: Int = 0) -> Tensor") { a in try Tensor.concatenate(a[0], axis: a[1]) }

        t.property("shape") { $0.shape }
        t.property("scalars") { $0.scalars }
        t.property("count") { $0.count }
        t.property("rank") { $0.rank }
        t.property("rowCount") { $0.rowCount }
        t.property("columnCount") { $0.columnCount }
        t.property("scalar") { $0.scalar }
        t.property("transposed") { $0.transposed }
        t.property("flattened") { $0.flattened }
        t.property("rowArrays") { $0.rowArrays }
        t.property("description") { $0.description }
        t.property("exp") { $0.exp }
        t.property("log") { $0.log }
        t.property("squareRoot") { $0.squareRoot }
        t.property("squared") { $0.squared }
        t.property("magnitude") { $0.magnitude }
        t.property("tanh") { $0.tanh }
        t.property("sigmoid") { $0.sigmoid }
        t.property("relu") { $0.relu }

        t.method("subscript(_ index: Any) -> Double") { x, a in
            let index: AnyLessonValue = try a[0]
            var indices: [Int] = []
            switch index.value {
            case .int(let i): return try x.element(at: i)
            case .tuple(let tuple): indices = tuple.elements.compactMap { Int.fromValue($0) }
            default: throw ArgumentMismatch()
            }
            return try x.element(at: indices)
        }
        t.intSubscript { x, i in try x.element(at: i) }
        t.method("element(at indices: [Int]) -> Double") { x, a in try x.element(at: a[0] as [Int]) }
        t.mutating("set(_ value: Double, at indices: Int) -> Void") { x, a in try x.set(a[0], at: a[1]); return NoValue() }
        t.mutating("set(_ value: Double, at i: Int, _ j: Int) -> Void") { x, a in try x.set(a[0], at: a[1], a[2]); return NoValue() }
        t.method("sum() -> Double") { x, _ in x.sum() }
        t.method("mean() -> Double") { x, _ in x.mean() }
        t.method("max() -> Double?") { x, _ in x.max() }
        t.method("min() -> Double?") { x, _ in x.min() }
        t.method("argmax() -> Int?") { x, _ in x.argmax() }
        t.method("norm() -> Double") { x, _ in x.norm() }
        t.method("sum(axis: Int, keepingDimension: Bool = false) -> Tensor") { x, a in try x.sum(axis: a[0], keepingDimension: a[1]) }
        t.method("mean(axis: Int, keepingDimension: Bool = false) -> Tensor") { x, a in try x.mean(axis: a[0], keepingDimension: a[1]) }
        t.method("max(axis: Int, keepingDimension: Bool = false) -> Tensor") { x, a in try x.max(axis: a[0], keepingDimension: a[1]) }
        t.method("min(axis: Int, keepingDimension: Bool = false) -> Tensor") { x, a in try x.min(axis: a[0], keepingDimension: a[1]) }
        t.method("argmax(axis: Int) -> Tensor") { x, a in try x.argmax(axis: a[0]) }
        t.method("power(_ exponent: Double) -> Tensor") { x, a in x.power(try a[0]) }
        t.method("clamped(_ low: Double, _ high: Double) -> Tensor") { x, a in x.clamped(try a[0], try a[1]) }
        t.method("map(_ transform: (Double) -> Double) -> Tensor") { x, a in
            let f = try a.function(0)
            return try x.map { try f.call([.double($0)], returning: Double.self) }
        }
        t.method("row(_ index: Int) -> Tensor") { x, a in try x.row(a[0]) }
        t.method("rows(at indices: [Int]) -> Tensor") { x, a in try x.rows(at: a[0]) }
        t.method("column(_ index: Int) -> Tensor") { x, a in try x.column(a[0]) }
        t.method("reshaped(_ shape: [Int]) -> Tensor") { x, a in try x.reshaped(a[0]) }
        t.method("matmul(_ other: Tensor) -> Tensor") { x, a in try x.matmul(a[0]) }
        t.method("dot(_ other: Tensor) -> Double") { x, a in try x.dot(a[0]) }
        t.method("concatenated(with other: Tensor, axis: Int = 0) -> Tensor") { x, a in try x.concatenated(with: a[0], axis: a[1]) }
    }
    lib.function("+") { (a: Tensor, b: Tensor) in try a + b }
    lib.function("-") { (a: Tensor, b: Tensor) in try a - b }
    lib.function("*") { (a: Tensor, b: Tensor) in try a * b }
    lib.function("/") { (a: Tensor, b: Tensor) in try a / b }
    lib.function("+") { (a: Tensor, b: Double) in a + b }
    lib.function("-") { (a: Tensor, b: Double) in a - b }
    lib.function("*") { (a: Tensor, b: Double) in a * b }
    lib.function("/") { (a: Tensor, b: Double) in a / b }
    lib.function("+") { (a: Double, b: Tensor) in a + b }
    lib.function("-") { (a: Double, b: Tensor) in a - b }
    lib.function("*") { (a: Double, b: Tensor) in a * b }
    lib.function("/") { (a: Double, b: Tensor) in a / b }
    lib.function("-") { (a: Tensor) in -a }
}
