// The steering rows of benchmarks/steering/run: `lectern-bench steering [EPISODES]`.
//
// Trains lesson 16's NAF agent online on the LINAC4-like line (17 monitors, 16 correctors) for
// EPISODES episodes (default 1000) from three seeds, then evaluates its greedy policy on 100 fresh
// random starts: the share that reaches 1 mm RMS within 5 steps without crossing 3 mm, the steps it
// took (mean, max), the training interactions and seconds. The operators' SVD step is the
// baseline on the same starts. There is no peer library with NAF to run beside it.
import Foundation
import MLCore

func runSteeringBenchmarks(episodes: Int) throws {
    func line(_ report: SteeringReport) -> String {
        String(format: "success=%d/%d steps_mean=%.2f steps_max=%d crossed=%d",
               report.successes, report.starts, report.meanSteps, report.maxSteps, report.limitCrossings)
    }
    for seed in [3, 13, 23] {
        let agent = try NAFAgent(states: 17, actions: 16, seed: seed)
        let training = try agent.train(on: try Beamline(seed: seed - 1), episodes: episodes)
        let result = try Beamline(seed: 4).evaluate(starts: 100, maxSteps: 5) { try agent.action($0) }
        print("steering_naf_seed\(seed) episodes=\(episodes) interactions=\(training.interactions) updates=\(agent.updates) "
              + String(format: "seconds=%.2f ", training.seconds) + line(result))
    }
    let svdLine = try Beamline(seed: 4)
    let pseudoInverse = try SingularValueDecomposition(svdLine.response).pseudoInverse()
    let svd = try svdLine.evaluate(starts: 100, maxSteps: 5) { try pseudoInverse.matmul(Tensor($0)).scalars.map { -$0 } }
    print("steering_svd " + line(svd))
}
