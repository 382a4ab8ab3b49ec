import XCTest
@testable import MLCore

/// The NAF agent: its Q by hand, the tape's gradients through its head against finite
/// differences, the greedy action's bounds, and learning a one-corrector line.
final class NAFAgentTests: XCTestCase {
    /// Central differences of the loss against the backpropagated gradient, entry by entry, on a
    /// small agent (3 monitors, 2 correctors) and on the case study's size (17, 16; a sample).
    func testGradientsMatchFiniteDifferences() throws {
        for (states, actions, stride) in [(3, 2, 1), (17, 16, 37)] {
            let agent = try NAFAgent(states: states, actions: actions, hidden: [6, 5], seed: 1)
            // A livelier head than the initial one, so every term of Q matters.
            for parameter in agent.parameters {
                parameter.value = try parameter.value + Tensor.normal(parameter.value.shape, standardDeviation: 0.3, seed: parameter.value.count)
            }
            let x = try Tensor.normal([4, states], seed: 2)
            let a = try Tensor.uniform([4, actions], low: -1, high: 1, seed: 3)
            let y = [-1.0, 0.5, -2.0, 0.3]
            try agent.gradients(states: x, actions: a, targets: y)
            let analytic = agent.parameters.map(\.gradient.scalars)
            var worst = 0.0
            for (parameter, gradient) in zip(agent.parameters, analytic) {
                for index in Swift.stride(from: 0, to: parameter.value.count, by: stride) {
                    let old = parameter.value.scalars[index]
                    let h = 1e-6
                    parameter.value.scalars[index] = old + h
                    let plus = try agent.loss(states: x, actions: a, targets: y)
                    parameter.value.scalars[index] = old - h
                    let minus = try agent.loss(states: x, actions: a, targets: y)
                    parameter.value.scalars[index] = old
                    let numeric = (plus - minus) / (2 * h)
                    let error = abs(numeric - gradient[index]) / Swift.max(1e-4, abs(numeric) + abs(gradient[index]))
                    worst = Swift.max(worst, error)
                }
            }
            XCTAssertLessThan(worst, 1e-5, "\(states) monitors, \(actions) correctors")
        }
    }

    /// One corrector: Q = V − ½ (e^l (a − tanh μ))² from the head's outputs V, μ, l.
    func testQByHand() throws {
        let agent = try NAFAgent(states: 1, actions: 1, hidden: [2], seed: 1)
        let tape = Tape()
        let q = try agent.q(tape.constant(try Tensor([[0.5, 0.2, 0.3], [-1, 0, -20]])), actions: try Tensor([[0.7], [0.4]]))
        let w = exp(0.3) * (0.7 - tanh(0.2))
        XCTAssertEqual(q.value.scalars[0], 0.5 - w * w * 0.5, accuracy: 1e-15)
        XCTAssertEqual(q.value.scalars[1], -1 - 0.5 * pow(exp(-10) * 0.4, 2), accuracy: 1e-15, "the diagonal's exponent is held at −10")
    }

    func testGreedyActionsAreBoundedAndChecked() throws {
        let agent = try NAFAgent(states: 17, actions: 16, actionScale: 0.2, seed: 4)
        let action = try agent.action([Double](repeating: 2, count: 17))
        XCTAssertEqual(action.count, 16)
        XCTAssertTrue(action.allSatisfy { abs($0) <= 0.2 })
        XCTAssertThrowsError(try agent.action([1, 2])) { error in
            XCTAssertEqual("\(error)", "invalid argument: the agent reads 17 monitors, got 2 readings")
        }
        XCTAssertThrowsError(try NAFAgent(states: 3, actions: 2, discount: 1))
    }

    /// One monitor reading 2 mm per mrad: the best action is −x/2, which the agent learns.
    func testLearnsAOneCorrectorLine() throws {
        let line = try Beamline(response: Tensor([[2.0]]), noise: 0.02, seed: 5)
        let agent = try NAFAgent(states: 1, actions: 1, hidden: [8, 8], actionScale: 1.5, updatesPerStep: 5, explorationEpisodes: 72, seed: 6)
        let report = try agent.train(on: line, episodes: 120)
        XCTAssertEqual(report.episodeReturns.count, 120)
        XCTAssertEqual(report.interactions, report.episodeLengths.reduce(0, +))
        let check = try Beamline(response: Tensor([[2.0]]), noise: 0.02, seed: 7)
        let result = try check.evaluate(starts: 50, maxSteps: 5) { try agent.action($0) }
        XCTAssertGreaterThanOrEqual(result.successRate, 0.9, "\(result)")
        XCTAssertEqual(result.limitCrossings, 0)
    }

    /// Training carries on across calls: 20 + 20 episodes train exactly as 40.
    func testTrainingCarriesOnAcrossCalls() throws {
        func agent() throws -> NAFAgent {
            try NAFAgent(states: 1, actions: 1, hidden: [4, 4], actionScale: 1.5, updatesPerStep: 2, explorationEpisodes: 30, seed: 9)
        }
        let once = try agent(), twice = try agent()
        let a = try Beamline(response: Tensor([[2.0]]), seed: 10), b = try Beamline(response: Tensor([[2.0]]), seed: 10)
        let whole = try once.train(on: a, episodes: 40)
        let first = try twice.train(on: b, episodes: 20)
        let second = try twice.train(on: b, episodes: 20)
        XCTAssertEqual(whole.episodeReturns, first.episodeReturns + second.episodeReturns)
        XCTAssertEqual(try once.action([1.7]), try twice.action([1.7]))
        XCTAssertEqual(twice.episodes, 40)
    }

    /// The operators' correction, as a policy: one step to the noise floor on the case study's line.
    func testEvaluatingThePseudoInverseCorrection() throws {
        let line = try Beamline(seed: 8)
        let pinv = try SingularValueDecomposition(line.response).pseudoInverse()
        let report = try line.evaluate(starts: 20, maxSteps: 5) { readings in
            try pinv.matmul(Tensor(readings)).scalars.map { -$0 }
        }
        XCTAssertEqual(report.successes, 20)
        XCTAssertEqual(report.stepsToTarget, [Int](repeating: 1, count: 20))
        XCTAssertEqual(report.rmsPerStep[0].count, 2)
        XCTAssertLessThan(report.rmsPerStep[0][1], 0.2)
    }
}
