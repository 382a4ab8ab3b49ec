import MLCore

/// Steering policies: the NAF agent, its training report, and the evaluation of any policy over
/// many random starts (`Beamline.evaluate`, declared with the beamline).
func registerSteeringLibrary(_ lib: NativeLibrary) {
    lib.declare(value: NAFTrainingReport.self, name: "NAFTrainingReport") { t in
        t.property("episodeReturns") { $0.episodeReturns }
        t.property("episodeLengths") { $0.episodeLengths }
        t.property("outcomes") { $0.outcomes }
        t.property("interactions") { $0.interactions }
        t.property("seconds") { $0.seconds }
        t.property("description") { $0.description }
    }
    lib.declare(value: SteeringReport.self, name: "SteeringReport") { t in
        t.property("starts") { $0.starts }
        t.property("successes") { $0.successes }
        t.property("limitCrossings") { $0.limitCrossings }
        t.property("stepsToTarget") { $0.stepsToTarget }
        t.property("rmsPerStep") { $0.rmsPerStep }
        t.property("successRate") { $0.successRate }
        t.property("meanSteps") { $0.meanSteps }
        t.property("maxSteps") { $0.maxSteps }
        t.property("description") { $0.description }
    }
    lib.declare(NAFAgent.self, name: "NAFAgent") { t in
        // `hidden` is MLCore's `[32, 32]` by default; the signature parser reads no array defaults, hence nil.
        t.initializer("init(states: Int, actions: Int, hidden: [Int]? = nil, stateScale: Double = 3, actionScale: Double = 0.2, discount: Double = 0.5, learningRate: Double = 0.001, batchSize: Int = 32, updatesPerStep: Int = 10, targetUpdate: Double = 0.01, explorationEpisodes: Int = 600, seed: Int = 0)") { a in
            try NAFAgent(states: a[0], actions: a[1], hidden: (try a[2] as [Int]?) ?? [32, 32], stateScale: a[3], actionScale: a[4], discount: a[5],
                         learningRate: a[6], batchSize: a[7], updatesPerStep: a[8], targetUpdate: a[9],
                         explorationEpisodes: a[10], seed: a[11])
        }
        t.method("action(_ readings: [Double]) -> [Double]") { agent, a in try agent.action(a[0]) }
        t.method("value(_ readings: [Double]) -> Double") { agent, a in try agent.value(a[0]) }
        t.method("train(on beamline: Beamline, episodes: Int, explorationNoise: Double = 0.3) -> NAFTrainingReport") { agent, a in
            try agent.train(on: a[0], episodes: a[1], explorationNoise: a[2])
        }
        t.property("stateCount") { $0.stateCount }
        t.property("actionCount") { $0.actionCount }
        t.property("interactions") { $0.interactions }
        t.property("updates") { $0.updates }
        t.property("episodes") { $0.episodes }
        t.property("parameterCount") { $0.parameters.reduce(0) { $0 + $1.value.count } }
    }
}

extension NAFTrainingReport: NativeValue {}
extension SteeringReport: NativeValue {}
extension NAFAgent: NativeObject {}
