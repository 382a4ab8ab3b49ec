import XCTest
@testable import MLCore

final class MLCoreSmokeTests: XCTestCase {
    func testModuleLoads() {}
}
