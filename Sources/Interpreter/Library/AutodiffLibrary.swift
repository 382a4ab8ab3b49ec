import MLCore

/// Scalar autodiff (`Value`), its graph snapshot and gradient checking.
func registerAutodiffLibrary(_ lib: NativeLibrary) {
    lib.declare(MLCore.Value.self, name: "Value") { t in
        t.initializer("init(_ value: Double, _ label: String = \"\")") { a in MLCore.Value(try a[0], try a[1]) }
        t.property("value", get: { $0.value }, set: { $0.value = $1 })
        t.property("data", get: { $0.data }, set: { $0.data = $1 })
        t.property("grad", get: { $0.grad }, set: { $0.grad = $1 })
        t.property("label", get: { $0.label }, set: { $0.label = $1 })
        t.property("op") { $0.op }
        t.property("parents") { $0.parents }
        t.property("description") { $0.description }
        t.method("named(_ label: String) -> Value") { v, a in v.named(try a[0]) }
        t.method("topologicalOrder() -> [Value]") { v, _ in v.topologicalOrder() }
        t.method("backward() -> Void") { v, _ in v.backward(); return NoValue() }
        t.method("zeroGrad() -> Void") { v, _ in v.zeroGrad(); return NoValue() }
        t.method("graph() -> ComputationGraph") { v, _ in v.graph() }
        t.method("power(_ exponent: Double) -> Value") { v, a in v.power(try a[0]) }
        t.method("reciprocal() -> Value") { v, _ in v.reciprocal() }
        t.method("exp() -> Value") { v, _ in v.exp() }
        t.method("log() -> Value") { v, _ in v.log() }
        t.method("tanh() -> Value") { v, _ in v.tanh() }
        t.method("sigmoid() -> Value") { v, _ in v.sigmoid() }
        t.method("relu() -> Value") { v, _ in v.relu() }
    }
    typealias V = MLCore.Value
    lib.function("+") { (a: V, b: V) in a + b }
    lib.function("-") { (a: V, b: V) in a - b }
    lib.function("*") { (a: V, b: V) in a * b }
    lib.function("/") { (a: V, b: V) in a / b }
    lib.function("+") { (a: V, b: Double) in a + b }
    lib.function("-") { (a: V, b: Double) in a - b }
    lib.function("*") { (a: V, b: Double) in a * b }
    lib.function("/") { (a: V, b: Double) in a / b }
    lib.function("+") { (a: Double, b: V) in a + b }
    lib.function("-") { (a: Double, b: V) in a - b }
    lib.function("*") { (a: Double, b: V) in a * b }
    lib.function("/") { (a: Double, b: V) in a / b }
    lib.function("-") { (a: V) in -a }

    lib.declare(value: ComputationGraph.self, name: "ComputationGraph") { t in
        t.property("nodeCount") { $0.nodes.count }
        t.property("edgeCount") { $0.edges.count }
    }
    lib.namespace("GradientCheck") { t in
        t.staticMethod("numericalGradient(at point: [Double], step: Double = 1e-5, of function: ([Double]) -> Double) -> [Double]") { a in
            let f = try a.function(2)
            return try GradientCheck.numericalGradient(at: a[0], step: a[1]) { x in
                try f.call([x.asValue], returning: Double.self)
            }
        }
        t.staticMethod("relativeError(_ analytic: [Double], _ numerical: [Double]) -> Double") { a in
            try GradientCheck.relativeError(a[0], a[1])
        }
        t.staticMethod("check(_ inputs: [Value], step: Double = 1e-5, _ build: ([Value]) -> Value) -> Double") { a in
            let f = try a.function(2)
            let deferred = DeferredError()
            let inputs: [V] = try a[0]
            let fallback = V(0)
            let r = try GradientCheck.check(inputs, step: a[1]) { xs in
                guard deferred.error == nil else { return fallback }
                do { return try f.call([xs.asValue], returning: V.self) } catch { deferred.capture(error); return fallback }
            }
            try deferred.rethrow()
            return r
        }
        t.staticMethod("check(_ model: Sequential, on data: Dataset, loss: Loss, step: Double = 3e-5) -> Double") { a in
            try GradientCheck.check(a[0], on: a[1], loss: a[2], step: a[3])
        }
    }
}
