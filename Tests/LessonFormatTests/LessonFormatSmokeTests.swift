import XCTest
@testable import LessonFormat

final class LessonFormatSmokeTests: XCTestCase {
    func testModuleLoads() {}
}
