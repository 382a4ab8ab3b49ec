import MLCore

/// Data sets, their generators, standardisation and the seeded random generator.
func registerDataLibrary(_ lib: NativeLibrary) {
    lib.declare(value: Dataset.self, name: "Dataset") { t in
        t.initializer("init(features: Tensor, targets: Tensor)") { a in try Dataset(features: a[0], targets: a[1]) }
        t.property("features") { $0.features }
        t.property("targets") { $0.targets }
        t.property("count") { $0.count }
        t.property("featureCount") { $0.featureCount }
        t.property("targetCount") { $0.targetCount }
        t.property("labels") { $0.labels }
        t.property("signedTargets") { $0.signedTargets }
        t.property("description") { $0.description }
        t.method("subset(_ indices: [Int]) -> Dataset") { d, a in try d.subset(a[0] as [Int]) }
        t.method("shuffled(seed: Int) -> Dataset") { d, a in d.shuffled(seed: try a[0]) }
        t.method("split(_ fraction: Double, seed: Int) -> (Dataset, Dataset)") { d, a in
            let (x, y) = try d.split(a[0], seed: a[1])
            return tupleValue([x.asValue, y.asValue])
        }
        t.method("split(train: Double, validation: Double, seed: Int) -> (train: Dataset, validation: Dataset, test: Dataset)") { d, a in
            let s = try d.split(train: a[0], validation: a[1], seed: a[2])
            return tupleValue([s.train.asValue, s.validation.asValue, s.test.asValue], labels: ["train", "validation", "test"])
        }
        t.method("oneHotTargets(classes: Int) -> Dataset") { d, a in try d.oneHotTargets(classes: a[0]) }
    }
    lib.namespace("Datasets") { t in
        t.staticMethod("blobs(count: Int, classes: Int = 2, spread: Double = 0.5, seed: Int) -> Dataset") { a in
            try Datasets.blobs(count: a[0], classes: a[1], spread: a[2], seed: a[3])
        }
        t.staticMethod("xor(count: Int, noise: Double = 0.25, seed: Int) -> Dataset") { a in try Datasets.xor(count: a[0], noise: a[1], seed: a[2]) }
        t.staticProperty("xorTable") { Datasets.xorTable }
        t.staticMethod("moons(count: Int, noise: Double = 0.1, seed: Int) -> Dataset") { a in try Datasets.moons(count: a[0], noise: a[1], seed: a[2]) }
        t.staticMethod("circles(count: Int, noise: Double = 0.05, factor: Double = 0.5, seed: Int) -> Dataset") { a in
            try Datasets.circles(count: a[0], noise: a[1], factor: a[2], seed: a[3])
        }
        t.staticMethod("spirals(count: Int, classes: Int = 2, noise: Double = 0.2, seed: Int) -> Dataset") { a in
            try Datasets.spirals(count: a[0], classes: a[1], noise: a[2], seed: a[3])
        }
        t.staticMethod("sine(count: Int, noise: Double = 0.1, seed: Int) -> Dataset") { a in try Datasets.sine(count: a[0], noise: a[1], seed: a[2]) }
        t.staticMethod("function(count: Int, noise: Double = 0.1, seed: Int, _ f: (Double) -> Double) -> Dataset") { a in
            let f = try a.function(3)
            let deferred = DeferredError()
            let d = try Datasets.function(count: a[0], noise: a[1], seed: a[2]) { x in
                // After the first error the lesson function is not called again.
                guard deferred.error == nil else { return .nan }
                do { return try f.call([.double(x)], returning: Double.self) } catch { deferred.capture(error); return .nan }
            }
            try deferred.rethrow()
            return d
        }
    }
    lib.declare(value: Standardizer.self, name: "Standardizer") { t in
        t.initializer("init(fitting features: Tensor)") { a in try Standardizer(fitting: a[0] as Tensor) }
        t.initializer("init(fitting data: Dataset)") { a in try Standardizer(fitting: a[0] as Dataset) }
        t.property("means") { $0.means }
        t.property("standardDeviations") { $0.standardDeviations }
        t.method("transform(_ features: Tensor) -> Tensor") { s, a in try s.transform(a[0] as Tensor) }
        t.method("transform(_ data: Dataset) -> Dataset") { s, a in try s.transform(a[0] as Dataset) }
    }
    lib.declare(value: RandomGenerator.self, name: "RandomGenerator") { t in
        t.initializer("init(seed: Int)") { a in RandomGenerator(seed: try a[0]) }
        t.mutating("uniform() -> Double") { g, _ in g.uniform() }
        t.mutating("uniform(_ low: Double, _ high: Double) -> Double") { g, a in g.uniform(try a[0], try a[1]) }
        t.mutating("integer(below upperBound: Int) -> Int") { g, a in g.integer(below: try a[0]) }
        t.mutating("normal(mean: Double = 0, standardDeviation: Double = 1) -> Double") { g, a in
            g.normal(mean: try a[0], standardDeviation: try a[1])
        }
        t.mutating("shuffle(_ array: inout [Any]) -> Void") { g, a in
            var array: [AnyLessonValue] = try a[0]
            g.shuffle(&array)
            a.setInout(0, array.asValue)
            return NoValue()
        }
        t.mutating("shuffled(_ array: [Any]) -> [Any]") { g, a in
            let array: [AnyLessonValue] = try a[0]
            return g.shuffled(array)
        }
        t.mutating("choice(_ array: [Any]) -> Any?") { g, a in
            let array: [AnyLessonValue] = try a[0]
            return g.choice(array)
        }
        t.mutating("choice(count: Int, from upperBound: Int, replace: Bool = true) -> [Int]") { g, a in
            try g.choice(count: a[0], from: a[1], replace: a[2])
        }
    }
}
