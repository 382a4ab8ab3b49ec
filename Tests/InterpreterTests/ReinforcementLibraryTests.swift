import XCTest
import Plots
@testable import Interpreter

/// Environments, the return, value iteration, Q-learning and DQN from lesson code, with their
/// figures and located errors.
final class ReinforcementLibraryTests: XCTestCase {
    func testQLearningOnTheChainFromLessonCode() {
        assertOutput("""
        let chain = try Chain(length: 3)
        let agent = try QLearning(for: chain, learningRate: 0.5, discount: 0.9, epsilon: 0.3, seed: 1)
        let returns = try agent.train(on: chain, episodes: 500)
        print(returns.count, agent.greedyPolicy, agent.qValues.map { $0.map { ($0 * 1000).rounded() / 1000 } })
        print(try ValueIteration.qValues(chain, discount: 0.9).map { $0.map { ($0 * 1000).rounded() / 1000 } })
        print(try Returns.discounted([1, 1, 1], discount: 0.5), try Returns.perStep([1, 1, 1], discount: 0.5))
        """, """
        500 [1, 1, 1] [[0.729, 0.81], [0.729, 0.9], [0.81, 1.0]]
        [[0.729, 0.81], [0.729, 0.9], [0.81, 1.0]]
        1.75 [1.75, 1.5, 1.0]

        """)
    }

    func testGridWorldRulesFromLessonCode() {
        assertOutput("""
        let world = try GridWorld(["S.G"])
        print(world.reset(), world.stateCount, world.actionCount)
        let t = try world.step(1)
        print(t.reward, t.done, world.state, try world.position(of: world.state))
        print(try world.outcome(of: 1, in: 1), world.isTerminal(2))
        print(world)
        """, """
        [1.0, 0.0, 0.0] 3 4
        -0.04 false 1 (row: 0, column: 1)
        (next: 2, reward: 1.0, terminal: true) true
        S@G

        """)
    }

    func testDQNAndCartPoleFromLessonCode() {
        assertOutput("""
        let agent = try DQN(network: try MLP([3, 2], seed: 1), optimizer: Adam(learningRate: 0.01), discount: 0.9, batchSize: 32, replayCapacity: 1000, warmupSteps: 100, targetUpdateInterval: 50, explorationSteps: 500, seed: 2)
        let chain = try Chain()
        let returns = try agent.train(on: chain, episodes: 300)
        print(returns.count, try agent.qValues(chain.oneHot(2)).map { ($0 * 1000).rounded() / 1000 }, try agent.evaluate(on: chain, episodes: 2))
        let cartPole = try CartPole(maxSteps: 50, seed: 1)
        print(cartPole.observationSize, cartPole.actionCount, try cartPole.reset(to: [0, 0, 0, 0]), try cartPole.step(1).reward)
        """, """
        300 [0.81, 1.0] [1.0, 1.0]
        4 2 [0.0, 0.0, 0.0, 0.0] 1.0

        """)
    }

    func testEachFigureAddsOne() throws {
        let out = runCell("""
        let world = try GridWorld.standard()
        let agent = try QLearning(for: world, learningRate: 0.5, discount: 0.9, epsilon: 0.3, seed: 2)
        let returns = try agent.train(on: world, episodes: 200)
        plotQValues(agent, world: world)
        plotQValues(try ValueIteration.qValues(world, discount: 0.9), world: world, title: "exact")
        plotReturns(returns, window: 20)
        """)
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.figures.count, 3)
        guard case .valueGrid(let learned) = out.figures[0].content else { return XCTFail("expected a value grid") }
        XCTAssertEqual(learned.rows * learned.columns, 20)
        XCTAssertEqual(out.figures[1].title, "exact")
        guard case .line(let curve) = out.figures[2].content else { return XCTFail("expected a line chart") }
        XCTAssertEqual(curve.series.map(\.name), ["return", "average of 20"])
    }

    func testBadInputIsALocatedError() {
        assertError("""
        let agent = try 1️⃣QLearning(states: 3, actions: 2, discount: 1.5)
        """, "uncaught error: invalid argument: QLearning: discount γ must be in [0, 1], got 1.5")
        assertError("""
        let world = try 1️⃣GridWorld(["S.X"])
        """, "uncaught error: invalid argument: GridWorld: unknown cell 'X' at row 0, column 2 (use . # S G P)")
        assertError("""
        let chain = try Chain()
        let agent = try QLearning(for: chain)
        try agent.1️⃣train(on: chain, episodes: 0)
        """, "uncaught error: invalid argument: QLearning.train: episodes must be ≥ 1, got 0")
        assertError("""
        let agent = try DQN(network: try MLP([4, 2]))
        try agent.1️⃣train(on: try Chain(), episodes: 1)
        """, "uncaught error: invalid argument: DQN: the network takes 4 inputs but the environment's observations have 3 values")
        assertError("""
        let world = try GridWorld(["SG"])
        1️⃣plotQValues([[0.0, 0.0]], world: world)
        """, "uncaught error: a Q-value grid needs one row of Q-values per state: the world has 2 states, got 1 rows")
    }
}
