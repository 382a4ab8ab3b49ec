import XCTest
@testable import MathText

final class MathTextSmokeTests: XCTestCase {
    func testModuleLoads() {}
}
