import XCTest
@testable import Outcomes

final class OutcomesSmokeTests: XCTestCase {
    func testModuleLoads() {}
}
