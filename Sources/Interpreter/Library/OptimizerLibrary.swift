import MLCore

/// Optimisers, learning-rate schedules and the 2-D test functions the lessons race them on.
func registerOptimizerLibrary(_ lib: NativeLibrary) {
    lib.declare(Optimizer.self, name: "Optimizer") { t in
        t.property("learningRate", get: { $0.learningRate }, set: { $0.learningRate = $1 })
        t.property("weightDecay") { $0.weightDecay }
        t.property("initialLearningRate") { $0.initialLearningRate }
        t.property("description") { $0.description }
        t.method("step(_ parameters: [Parameter]) -> Void") { o, a in o.step(try a[0]); return NoValue() }
        t.method("reset() -> Void") { o, _ in o.reset(); return NoValue() }
        t.method("validate() -> Void") { o, _ in try o.validate(); return NoValue() }
    }
    lib.declare(SGD.self, name: "SGD", superclass: "Optimizer") { t in
        t.initializer("init(learningRate: Double = 0.01, momentum: Double = 0, dampening: Double = 0, nesterov: Bool = false, weightDecay: Double = 0)") { a in
            try validated(SGD(learningRate: try a[0], momentum: try a[1], dampening: try a[2], nesterov: try a[3], weightDecay: try a[4]))
        }
        t.property("momentum") { $0.momentum }
        t.property("dampening") { $0.dampening }
        t.property("nesterov") { $0.nesterov }
    }
    lib.declare(Adagrad.self, name: "Adagrad", superclass: "Optimizer") { t in
        t.initializer("init(learningRate: Double = 0.01, learningRateDecay: Double = 0, weightDecay: Double = 0, initialAccumulator: Double = 0, epsilon: Double = 1e-10)") { a in
            try validated(Adagrad(learningRate: try a[0], learningRateDecay: try a[1], weightDecay: try a[2], initialAccumulator: try a[3], epsilon: try a[4]))
        }
    }
    lib.declare(RMSprop.self, name: "RMSprop", superclass: "Optimizer") { t in
        t.initializer("init(learningRate: Double = 0.01, alpha: Double = 0.99, epsilon: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false)") { a in
            try validated(RMSprop(learningRate: try a[0], alpha: try a[1], epsilon: try a[2], weightDecay: try a[3], momentum: try a[4], centered: try a[5]))
        }
    }
    lib.declare(Adam.self, name: "Adam", superclass: "Optimizer") { t in
        t.initializer("init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0)") { a in
            try validated(Adam(learningRate: try a[0], beta1: try a[1], beta2: try a[2], epsilon: try a[3], weightDecay: try a[4]))
        }
    }
    lib.declare("Momentum(learningRate: Double = 0.01, momentum: Double = 0.9, weightDecay: Double = 0) -> SGD") { a in
        try validated(Momentum(learningRate: try a[0], momentum: try a[1], weightDecay: try a[2]))
    }
    lib.declare("Nesterov(learningRate: Double = 0.01, momentum: Double = 0.9, weightDecay: Double = 0) -> SGD") { a in
        try validated(Nesterov(learningRate: try a[0], momentum: try a[1], weightDecay: try a[2]))
    }

    lib.declare(value: LearningRateSchedule.self, name: "LearningRateSchedule") { t in
        t.staticProperty("constant") { LearningRateSchedule.constant }
        t.staticMethod("step(every: Int, factor: Double) -> LearningRateSchedule") { a in LearningRateSchedule.step(every: try a[0], factor: try a[1]) }
        t.staticMethod("exponential(rate: Double) -> LearningRateSchedule") { a in LearningRateSchedule.exponential(rate: try a[0]) }
        t.staticMethod("inverseTime(rate: Double) -> LearningRateSchedule") { a in LearningRateSchedule.inverseTime(rate: try a[0]) }
        t.property("description") { $0.description }
        t.method("learningRate(initial: Double, epoch: Int) -> Double") { s, a in s.learningRate(initial: try a[0], epoch: try a[1]) }
        t.method("learningRates(initial: Double, epochs: Int) -> [Double]") { s, a in s.learningRates(initial: try a[0], epochs: try a[1]) }
    }

    lib.declare(value: TestFunction.self, name: "TestFunction") { t in
        t.cases(TestFunction.allCases) { $0.rawValue }
        t.staticProperty("allCases") { TestFunction.allCases }
        t.property("rawValue") { $0.rawValue }
        t.property("description") { $0.rawValue }
        t.method("value(x: Double, y: Double) -> Double") { f, a in f.value(x: try a[0], y: try a[1]) }
        t.method("gradient(x: Double, y: Double) -> (x: Double, y: Double)") { f, a in
            let g = f.gradient(x: try a[0], y: try a[1])
            return Point2D(x: g.x, y: g.y)
        }
        t.method("path(from start: (x: Double, y: Double), optimizer: Optimizer, steps: Int) -> OptimizationPath") { f, a in
            let start: Point2D = try a[0]
            return try f.path(from: (start.x, start.y), optimizer: a[1], steps: a[2])
        }
    }
    lib.declare(value: OptimizationPath.self, name: "OptimizationPath") { t in
        t.property("xs") { $0.xs }
        t.property("ys") { $0.ys }
        t.property("values") { $0.values }
        t.property("end") { Point2D(x: $0.end.x, y: $0.end.y) }
    }
}

/// `optimizer` once its arguments pass `validate()`: lesson code gets PyTorch's refusal when it
/// makes the optimiser, not at the first step.
private func validated<O: Optimizer>(_ optimizer: O) throws -> O {
    try optimizer.validate()
    return optimizer
}
