import XCTest
@testable import MLCore

/// The return G_t = Σ_k γ^k R_{t+k}, computed by hand.
final class ReturnsTests: XCTestCase {
    func testDiscountedReturnByHand() throws {
        // 1 + 0.5·0 + 0.25·2 + 0.125·(−4) = 1 + 0 + 0.5 − 0.5 = 1.
        XCTAssertEqual(try Returns.discounted([1, 0, 2, -4], discount: 0.5), 1, accuracy: 1e-15)
        XCTAssertEqual(try Returns.discounted([1, 1, 1], discount: 0.5), 1.75, accuracy: 1e-15)
        XCTAssertEqual(try Returns.discounted([3, 4], discount: 0), 3)
        XCTAssertEqual(try Returns.discounted([3, 4], discount: 1), 7)
        XCTAssertEqual(try Returns.discounted([], discount: 0.9), 0)
    }

    func testReturnOfEveryStepFollowsTheRecursion() throws {
        // G_2 = 1, G_1 = 1 + 0.5·1 = 1.5, G_0 = 1 + 0.5·1.5 = 1.75.
        XCTAssertEqual(try Returns.perStep([1, 1, 1], discount: 0.5), [1.75, 1.5, 1])
        let rewards = [0.3, -1, 2.5, 0, 4]
        let returns = try Returns.perStep(rewards, discount: 0.9)
        for t in rewards.indices {
            let direct = rewards[t...].enumerated().reduce(0.0) { $0 + Foundation.pow(0.9, Double($1.offset)) * $1.element }
            XCTAssertEqual(returns[t], direct, accuracy: 1e-12, "G_\(t)")
        }
    }

    func testMovingAverage() throws {
        XCTAssertEqual(try Returns.movingAverage([2, 4, 6, 8], window: 2), [2, 3, 5, 7])
        XCTAssertEqual(try Returns.movingAverage([2, 4, 6, 8], window: 10), [2, 3, 4, 5])
        XCTAssertEqual(try Returns.movingAverage([], window: 3), [])
    }

    func testBadInput() {
        XCTAssertThrowsError(try Returns.perStep([1], discount: 1.5)) { error in
            XCTAssertEqual("\(error)", "invalid argument: Returns: discount γ must be in [0, 1], got 1.5")
        }
        XCTAssertThrowsError(try Returns.discounted([1], discount: -0.1))
        XCTAssertThrowsError(try Returns.discounted([1], discount: .nan))
        XCTAssertThrowsError(try Returns.movingAverage([1], window: 0)) { error in
            XCTAssertEqual("\(error)", "invalid argument: movingAverage: window must be ≥ 1, got 0")
        }
    }
}
