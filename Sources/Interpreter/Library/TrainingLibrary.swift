import MLCore

/// `fit`, its history and per-epoch reports, with progress reporting and the cell's time limit.
func registerTrainingLibrary(_ lib: NativeLibrary) {
    // How long training took, for lessons that report it (lesson code has no clock of its own).
    lib.declare(value: Stopwatch.self, name: "Stopwatch") { t in
        t.initializer("init()") { _ in Stopwatch() }
        t.property("seconds") { $0.seconds }
        t.property("description") { $0.description }
    }
    lib.declare(value: TrainingHistory.self, name: "TrainingHistory") { t in
        t.property("loss") { $0.loss }
        t.property("accuracy") { $0.accuracy }
        t.property("validationLoss") { $0.validationLoss }
        t.property("validationAccuracy") { $0.validationAccuracy }
        t.property("learningRates") { $0.learningRates }
        t.property("stoppedEarly") { $0.stoppedEarly }
        t.property("bestEpoch") { $0.bestEpoch }
        t.property("epochs") { $0.epochs }
        t.property("description") { $0.description }
    }
    lib.declare(value: EpochReport.self, name: "EpochReport") { t in
        t.property("epoch") { $0.epoch }
        t.property("epochs") { $0.epochs }
        t.property("loss") { $0.loss }
        t.property("accuracy") { $0.accuracy }
        t.property("validationLoss") { $0.validationLoss }
        t.property("validationAccuracy") { $0.validationAccuracy }
    }
    for name in ["MLP", "Sequential"] {
        guard let type = lib.types[name] else { continue }
        let t = NativeMembers<Sequential>(type: type, library: lib)
        t.method("fit(_ data: Dataset, loss: Loss, optimizer: Optimizer, epochs: Int, batchSize: Int = 32, validation: Dataset? = nil, shuffle: Bool = true, seed: Int = 0, schedule: LearningRateSchedule = .constant, patience: Int? = nil, l1: Double = 0, l2: Double = 0, maxNorm: Double? = nil) -> TrainingHistory") { m, a in
            let observer = lib.epochObserver
            // The observer's error (the cell's time limit) stops training after that epoch.
            let history = try m.fit(a[0], loss: a[1], optimizer: a[2], epochs: a[3], batchSize: a[4], validation: a[5],
                                    shuffle: a[6], seed: a[7], schedule: a[8], patience: a[9], l1: a[10], l2: a[11],
                                    maxNorm: a[12], onEpoch: observer.map { observe in { report in
                                        if let error = observe(report) { throw error }
                                    } })
            return history
        }
    }
}

extension Stopwatch: NativeValue {}
