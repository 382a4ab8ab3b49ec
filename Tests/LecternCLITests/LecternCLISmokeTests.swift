import XCTest
@testable import LecternCLI

final class LecternCLISmokeTests: XCTestCase {
    func testModuleLoads() {}
}
