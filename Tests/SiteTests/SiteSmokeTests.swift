import XCTest
@testable import Site

final class SiteSmokeTests: XCTestCase {
    func testModuleLoads() {}
}
