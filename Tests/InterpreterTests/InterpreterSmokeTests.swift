import XCTest
@testable import Interpreter

final class InterpreterSmokeTests: XCTestCase {
    func testModuleLoads() {}
}
