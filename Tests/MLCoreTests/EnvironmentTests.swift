import XCTest
@testable import MLCore

/// The rules of the environments: the chain, the grid world and the cart-pole physics.
final class EnvironmentTests: XCTestCase {
    // MARK: Chain

    func testChainRules() throws {
        let chain = try Chain(length: 3)
        XCTAssertEqual(chain.reset(), [1, 0, 0])
        var t = try chain.step(0)                      // left at the wall: stays
        XCTAssertEqual(chain.state, 0)
        XCTAssertEqual(t, Transition(observation: [1, 0, 0], reward: 0, terminated: false))
        t = try chain.step(1)
        t = try chain.step(1)
        XCTAssertEqual(chain.state, 2)
        XCTAssertEqual(t.reward, 0)
        t = try chain.step(1)                          // off the right end: +1, over
        XCTAssertEqual(t.reward, 1)
        XCTAssertTrue(t.terminated)
        XCTAssertThrowsError(try chain.step(1)) { error in
            XCTAssertEqual("\(error)", "invalid argument: the Chain episode is over: call reset() before the next step")
        }
    }

    func testChainTruncatesAtTheStepLimit() throws {
        let chain = try Chain(length: 3, maxSteps: 2)
        _ = chain.reset()
        XCTAssertFalse(try chain.step(0).done)
        let last = try chain.step(0)
        XCTAssertTrue(last.truncated)
        XCTAssertFalse(last.terminated)
    }

    // MARK: Grid world

    func testGridWorldMovesWallsAndEdges() throws {
        let world = try GridWorld(["S.#", "..G"], stepCost: 0.1)
        XCTAssertEqual(world.stateCount, 5)           // the wall is no state
        XCTAssertEqual(world.actionCount, 4)
        _ = world.reset()
        XCTAssertEqual(try world.position(of: world.state).row, 0)
        var t = try world.step(GridWorld.Action.up.rawValue)      // off the grid: stays
        XCTAssertEqual(try world.position(of: world.state).column, 0)
        XCTAssertEqual(t.reward, -0.1)
        t = try world.step(GridWorld.Action.right.rawValue)
        t = try world.step(GridWorld.Action.right.rawValue)       // into the wall: stays
        XCTAssertEqual(try world.position(of: world.state).column, 1)
        XCTAssertEqual(t.reward, -0.1)
        XCTAssertFalse(t.done)
        t = try world.step(GridWorld.Action.down.rawValue)
        t = try world.step(GridWorld.Action.right.rawValue)       // the goal
        XCTAssertEqual(t.reward, 1)
        XCTAssertTrue(t.terminated)
        XCTAssertTrue(world.isTerminal(world.state))
        XCTAssertEqual(world.description, "S.#\n..@")
    }

    func testGridWorldPitEndsTheEpisode() throws {
        let world = try GridWorld(["SPG"], pitReward: -2)
        _ = world.reset()
        let t = try world.step(GridWorld.Action.right.rawValue)
        XCTAssertEqual(t.reward, -2)
        XCTAssertTrue(t.terminated)
    }

    func testStandardWorld() throws {
        let world = try GridWorld.standard()
        XCTAssertEqual(world.rows, 4)
        XCTAssertEqual(world.columns, 5)
        XCTAssertEqual(world.stateCount, 18)
        XCTAssertEqual(world.state(row: 3, column: 0), world.startState)
        XCTAssertNil(world.state(row: 1, column: 1))
        XCTAssertEqual(world.cell(row: 1, column: 3), .pit)
        XCTAssertEqual(world.reset().count, 18)
    }

    func testGridWorldBadLayouts() {
        func message(_ layout: [String]) -> String {
            do { _ = try GridWorld(layout); return "no error" } catch { return "\(error)" }
        }
        XCTAssertEqual(message([]), "invalid argument: GridWorld: the layout has no rows")
        XCTAssertEqual(message(["S.G", ".."]), "invalid argument: GridWorld: row 1 has 2 cells but row 0 has 3")
        XCTAssertEqual(message(["S?G"]), "invalid argument: GridWorld: unknown cell '?' at row 0, column 1 (use . # S G P)")
        XCTAssertEqual(message(["..G"]), "invalid argument: GridWorld: the layout needs exactly one start 'S', it has 0")
        XCTAssertEqual(message(["S.S"]), "invalid argument: GridWorld: the layout needs exactly one start 'S', it has 2")
        XCTAssertEqual(message(["S.."]), "invalid argument: GridWorld: the layout needs at least one goal 'G'")
        XCTAssertThrowsError(try GridWorld(["SG"], maxSteps: 0))
        XCTAssertThrowsError(try GridWorld(["SG"], stepCost: .infinity))
        let world = try? GridWorld(["SG"])
        XCTAssertThrowsError(try world?.step(4)) { error in
            XCTAssertEqual("\(error)", "invalid argument: GridWorld has actions 0..<4, got 4")
        }
    }

    // MARK: CartPole

    /// One push to the right from rest, by the equations of motion with Gym's constants:
    /// a = F / M, θ̈ = −a / (l (4/3 − m_p / M)), ẍ = a − m_p l θ̈ / M, then one Euler step.
    func testCartPoleOneStepByHand() throws {
        let cartPole = try CartPole()
        try cartPole.reset(to: [0, 0, 0, 0])
        let t = try cartPole.step(1)
        let a = 10.0 / 1.1
        let angular = -a / (0.5 * (4.0 / 3.0 - 0.1 / 1.1))
        let linear = a - 0.1 * 0.5 * angular / 1.1
        XCTAssertEqual(t.observation[0], 0)                   // x moves with the old velocity
        XCTAssertEqual(t.observation[1], 0.02 * linear, accuracy: 1e-15)
        XCTAssertEqual(t.observation[2], 0)
        XCTAssertEqual(t.observation[3], 0.02 * angular, accuracy: 1e-15)
        XCTAssertEqual(t.observation[1], 0.195121951219512, accuracy: 1e-12)
        XCTAssertEqual(t.observation[3], -0.292682926829268, accuracy: 1e-12)
        XCTAssertEqual(t.reward, 1)
        XCTAssertFalse(t.done)
    }

    func testCartPoleFallsAndTruncates() throws {
        let cartPole = try CartPole(maxSteps: 500)
        try cartPole.reset(to: [0, 0, 0.25, 0])               // already past 12° (0.21 rad)
        let fallen = try cartPole.step(0)
        XCTAssertTrue(fallen.terminated)
        XCTAssertEqual(fallen.reward, 1)
        let short = try CartPole(maxSteps: 3)
        _ = short.reset()
        var last = try short.step(0)
        while !last.done { last = try short.step(last.observation[2] > 0 ? 1 : 0) }
        XCTAssertTrue(last.truncated)
        XCTAssertEqual(short.steps, 3)
    }

    func testCartPoleResetsFromItsSeed() throws {
        let a = try CartPole(seed: 5), b = try CartPole(seed: 5)
        let first = a.reset()
        XCTAssertEqual(first, b.reset())
        XCTAssertTrue(first.allSatisfy { abs($0) <= 0.05 })
        XCTAssertNotEqual(a.reset(), first)
        XCTAssertThrowsError(try a.reset(to: [0, 0, .nan, 0]))
        XCTAssertThrowsError(try CartPole(maxSteps: 0)) { error in
            XCTAssertEqual("\(error)", "invalid argument: CartPole: maxSteps must be ≥ 1, got 0")
        }
    }
}
