import MLCore

/// Activations, initialisers, layers, parameters and `Sequential` (alias `MLP`).
func registerNetworkLibrary(_ lib: NativeLibrary) {
    lib.declare(value: Activation.self, name: "Activation") { t in
        t.cases(Activation.allCases) { $0.rawValue }
        t.staticProperty("leakySlope") { Activation.leakySlope }
        t.staticProperty("allCases") { Activation.allCases }
        t.property("description") { $0.description }
        t.property("rawValue") { $0.rawValue }
        t.method("callAsFunction(_ z: Double) -> Double") { f, a in f(try a[0] as Double) }
        t.method("callAsFunction(_ z: Tensor) -> Tensor") { f, a in f(try a[0] as Tensor) }
        t.method("derivative(_ z: Double) -> Double") { f, a in f.derivative(try a[0]) }
    }
    lib.declare(value: Initializer.self, name: "Initializer") { t in
        t.cases(Initializer.allCases) { $0.rawValue }
        t.property("rawValue") { $0.rawValue }
    }
    lib.declare(Parameter.self, name: "Parameter") { t in
        t.initializer("init(_ value: Tensor, name: String = \"parameter\")") { a in Parameter(try a[0], name: try a[1]) }
        t.property("name") { $0.name }
        t.property("value", get: { $0.value }, set: { $0.value = $1 })
        t.property("gradient", get: { $0.gradient }, set: { $0.gradient = $1 })
        t.property("isWeight") { $0.isWeight }
        t.property("description") { $0.description }
        t.method("zeroGradient() -> Void") { p, _ in p.zeroGradient(); return NoValue() }
    }
    lib.declare(Layer.self, name: "Layer") { t in
        t.property("parameters") { $0.parameters }
        t.property("parameterCount") { $0.parameterCount }
        t.property("inputSize") { $0.inputSize }
        t.property("outputSize") { $0.outputSize }
        t.property("kind") { $0.kind }
        t.property("description") { $0.description }
        t.method("forward(_ input: Tensor) -> Tensor") { l, a in try l.forward(a[0]) }
    }
    lib.declare(Dense.self, name: "Dense", superclass: "Layer") { t in
        t.initializer("init(_ inputs: Int, _ outputs: Int, activation: Activation = .identity, initializer: Initializer = .uniform, seed: Int = 0)") { a in
            try Dense(a[0], a[1], activation: a[2], initializer: a[3], seed: a[4])
        }
        t.initializer("init(weights: Tensor, bias: Tensor, activation: Activation = .identity)") { a in
            try Dense(weights: a[0], bias: a[1], activation: a[2])
        }
        t.property("activation", get: { $0.activation }, set: { $0.activation = $1 })
        t.property("weights") { $0.weights }
        t.property("bias") { $0.bias }
        t.property("weightGradient") { $0.weightGradient }
        t.property("biasGradient") { $0.biasGradient }
        t.method("setWeights(_ weights: Tensor) -> Void") { l, a in try l.setWeights(a[0]); return NoValue() }
        t.method("setBias(_ bias: Tensor) -> Void") { l, a in try l.setBias(a[0]); return NoValue() }
        t.method("preActivation(_ input: Tensor) -> Tensor") { l, a in try l.preActivation(a[0] as Tensor) }
    }
    lib.declare(Dropout.self, name: "Dropout", superclass: "Layer") { t in
        t.initializer("init(_ rate: Double)") { a in try Dropout(a[0]) }
        t.property("rate") { $0.rate }
    }
    for name in ["MLP", "Sequential"] {
        lib.declare(Sequential.self, name: name) { t in
            t.initializer("init(_ layers: [Layer])") { a in try Sequential(a[0] as [Layer]) }
            t.initializer("init(_ sizes: [Int], activation: Activation = .relu, output: Activation = .identity, dropout: Double = 0, initializer: Initializer = .uniform, seed: Int = 0)") { a in
                try Sequential(a[0] as [Int], activation: a[1], output: a[2], dropout: a[3], initializer: a[4], seed: a[5])
            }
            t.property("layers") { $0.layers }
            t.property("denseLayers") { $0.denseLayers }
            t.property("parameters") { $0.parameters }
            t.property("parameterCount") { $0.parameterCount }
            t.property("inputSize") { $0.inputSize }
            t.property("description") { $0.description }
            t.property("summary") { $0.summary }
            t.method("predict(_ input: Tensor) -> Tensor") { m, a in try m.predict(a[0]) }
            t.method("forward(_ input: Tensor) -> Tensor") { m, a in try m.forward(a[0] as Tensor) }
            // classify(_:) itself, with the threshold chosen by the output layer, is a Classifier member (ModelLibrary).
            t.method("classify(_ input: Tensor, threshold: Double) -> [Int]") { m, a in try m.classify(a[0], threshold: a[1]) }
            t.method("activations(_ input: Tensor) -> [Tensor]") { m, a in try m.activations(a[0]) }
            t.method("evaluate(_ data: Dataset, loss: Loss) -> (loss: Double, accuracy: Double)") { m, a in
                let r = try m.evaluate(a[0], loss: a[1])
                return tupleValue([.double(r.loss), .double(r.accuracy)], labels: ["loss", "accuracy"])
            }
            t.method("accuracy(on data: Dataset) -> Double") { m, a in try m.accuracy(on: a[0]) }
            t.method("gradients(_ data: Dataset, loss: Loss) -> [Tensor]") { m, a in try m.gradients(a[0], loss: a[1]) }
            t.method("penalty(l1: Double = 0, l2: Double = 0) -> Double") { m, a in m.penalty(l1: try a[0], l2: try a[1]) }
        }
    }
}
