import XCTest
@testable import MLCore

/// Tabular Q-learning against the Bellman solution, value iteration, determinism, bad input.
final class QLearningTests: XCTestCase {
    /// The 3-state chain's Q* by hand (see `Chain`): V*(s) = γ^(2−s), Q*(s, right) = γ V*(s + 1)
    /// (1 at the end), Q*(s, left) = γ V*(max(s − 1, 0)).
    private func chainSolution(_ g: Double) -> [[Double]] {
        [[g * g * g, g * g], [g * g * g, g], [g * g, 1]]
    }

    func testValueIterationSolvesTheChain() throws {
        let q = try ValueIteration.qValues(try Chain(length: 3), discount: 0.9)
        for (row, expected) in zip(q, chainSolution(0.9)) {
            for (value, exact) in zip(row, expected) { XCTAssertEqual(value, exact, accuracy: 1e-12) }
        }
    }

    func testQLearningReachesTheBellmanSolutionOnTheChain() throws {
        let chain = try Chain(length: 3)
        let agent = try QLearning(for: chain, learningRate: 0.5, discount: 0.9, epsilon: 0.3, seed: 1)
        try agent.train(on: chain, episodes: 500)
        for (row, expected) in zip(agent.qValues, chainSolution(0.9)) {
            for (value, exact) in zip(row, expected) { XCTAssertEqual(value, exact, accuracy: 1e-6) }
        }
        XCTAssertEqual(agent.greedyPolicy, [1, 1, 1])
        XCTAssertEqual(agent.stateValues.map { ($0 * 1e6).rounded() / 1e6 }, [0.81, 0.9, 1])
    }

    func testOneUpdateByHand() throws {
        let agent = try QLearning(states: 2, actions: 2, learningRate: 0.5, discount: 0.9)
        // Q(1, ·) = 0, so the target is r = 2: Q(0, 1) ← 0 + 0.5 (2 − 0) = 1.
        XCTAssertEqual(try agent.update(state: 0, action: 1, reward: 2, next: 1, terminal: false), 2)
        XCTAssertEqual(agent.qValues, [[0, 1], [0, 0]])
        // From state 1 back to 0: target 0 + 0.9 · max Q(0, ·) = 0.9; Q(1, 0) ← 0.45.
        try agent.update(state: 1, action: 0, reward: 0, next: 0, terminal: false)
        XCTAssertEqual(agent.qValues[1][0], 0.45, accuracy: 1e-15)
        // A terminal step ignores the next state: Q(0, 1) ← 1 + 0.5 (−1 − 1) = 0.
        try agent.update(state: 0, action: 1, reward: -1, next: 1, terminal: true)
        XCTAssertEqual(agent.qValues[0][1], 0, accuracy: 1e-15)
    }

    func testQLearningMatchesValueIterationOnTheGridWorld() throws {
        let world = try GridWorld.standard()
        let exact = try ValueIteration.qValues(world, discount: 0.9)
        let agent = try QLearning(for: world, learningRate: 0.5, discount: 0.9, epsilon: 0.3, seed: 2)
        let returns = try agent.train(on: world, episodes: 2_000)
        XCTAssertEqual(returns.count, 2_000)
        // The greedy policy of the learned table takes the shortest safe way: 7 moves.
        let path = try agent.greedyPath(on: world)
        XCTAssertEqual(path.count, 8)
        XCTAssertEqual(path.last.map(world.isTerminal), true)
        XCTAssertEqual(try world.position(of: path[path.count - 1]).row, 0)
        // Along that path the learned values are the Bellman values.
        for state in path.dropLast() {
            let action = agent.greedyPolicy[state]
            XCTAssertEqual(agent.qValues[state][action], exact[state][action], accuracy: 1e-6, "state \(state)")
        }
        // Start: 6 paid steps then the goal, 1 + Σ… = −0.04 (1 + γ + … + γ⁵) + γ⁶.
        let g = 0.9
        let start = -0.04 * (0..<6).reduce(0.0) { $0 + Foundation.pow(g, Double($1)) } + Foundation.pow(g, 6)
        XCTAssertEqual(exact[world.startState].max() ?? 0, start, accuracy: 1e-12)
    }

    func testSameSeedSameTable() throws {
        func run(_ seed: Int) throws -> ([[Double]], [Double]) {
            let world = try GridWorld.standard()
            let agent = try QLearning(for: world, learningRate: 0.3, discount: 0.95, epsilon: 0.2, seed: seed)
            let returns = try agent.train(on: world, episodes: 50)
            return (agent.qValues, returns)
        }
        let (a, ra) = try run(7), (b, rb) = try run(7), (c, _) = try run(8)
        XCTAssertEqual(a, b)
        XCTAssertEqual(ra, rb)
        XCTAssertNotEqual(a, c)
    }

    func testBadInput() throws {
        func message(_ body: () throws -> Any) -> String {
            do { _ = try body(); return "no error" } catch { return "\(error)" }
        }
        XCTAssertEqual(message { try QLearning(states: 3, actions: 2, discount: 1.5) },
                       "invalid argument: QLearning: discount γ must be in [0, 1], got 1.5")
        XCTAssertEqual(message { try QLearning(states: 3, actions: 2, epsilon: -0.1) },
                       "invalid argument: QLearning: epsilon ε must be in [0, 1], got -0.1")
        XCTAssertEqual(message { try QLearning(states: 3, actions: 2, learningRate: 0) },
                       "invalid argument: QLearning: learningRate α must be in (0, 1], got 0.0")
        XCTAssertEqual(message { try QLearning(states: 0, actions: 2) },
                       "invalid argument: QLearning: states must be ≥ 1, got 0")
        let chain = try Chain()
        let agent = try QLearning(for: chain)
        XCTAssertEqual(message { try agent.train(on: chain, episodes: 0) },
                       "invalid argument: QLearning.train: episodes must be ≥ 1, got 0")
        XCTAssertEqual(message { try agent.train(on: try GridWorld.standard(), episodes: 1) },
                       "invalid argument: QLearning: the table has 3 states × 2 actions but the environment has 18 × 4")
        XCTAssertEqual(message { try agent.update(state: 3, action: 0, reward: 0, next: 0, terminal: false) },
                       "invalid argument: QLearning has states 0..<3, got 3")
        XCTAssertEqual(message { try ValueIteration.qValues(chain, discount: 2) },
                       "invalid argument: ValueIteration: discount γ must be in [0, 1], got 2.0")
    }

    func testTrainingStopsAtTheBudget() throws {
        let world = try GridWorld.standard(maxSteps: 100)
        let agent = try QLearning(for: world, epsilon: 1, seed: 1)
        let budget = Budget(limits: Budget.Limits(maxSeconds: 0.05))
        XCTAssertThrowsError(try budget.install { try agent.train(on: world, episodes: 100_000_000) }) { error in
            XCTAssertTrue(error is BudgetExceeded, "\(error)")
        }
    }
}
