import XCTest
@testable import Interpreter

/// Parsing Swift-like signatures and binding call labels to them (defaults filled in).
final class NativeSignatureTests: XCTestCase {
    func testParsesLabelsTypesDefaultsAndResult() {
        let s = NativeSignature("fit(_ data: Dataset, loss: Loss, epochs: Int, batchSize: Int = 32, validation: Dataset? = nil, f: ([Double]) -> Double) -> TrainingHistory")
        XCTAssertEqual(s.name, "fit")
        XCTAssertEqual(s.parameters.map(\.label), [nil, "loss", "epochs", "batchSize", "validation", "f"])
        XCTAssertEqual(s.parameters.map(\.type), ["Dataset", "Loss", "Int", "Int", "Dataset?", "([Double]) -> Double"])
        XCTAssertEqual(s.parameters.map(\.defaultText), [nil, nil, nil, "32", "nil", nil])
        XCTAssertEqual(s.resultType, "TrainingHistory")
        XCTAssertEqual(NativeSignature("init(from start: (x: Double, y: Double), name: String = \"a, b\")").parameters.map(\.label), ["from", "name"])
        XCTAssertEqual(NativeSignature("reset()").parameters.count, 0)
    }

    func testBindsLabelsInOrderAndSkipsDefaults() {
        let s = NativeSignature("f(_ a: Int, b: Int = 1, c: Int = 2, d: Int)")
        XCTAssertEqual(s.bind([nil, "d"]), [0, nil, nil, 1])
        XCTAssertEqual(s.bind([nil, "c", "d"]), [0, nil, 1, 2])
        XCTAssertNil(s.bind([nil]))                 // d has no default
        XCTAssertNil(s.bind([nil, "d", "b"]))       // out of order
        XCTAssertNil(s.bind(["a", "d"]))            // wrong label
        XCTAssertEqual(s.display, "f(_: Int, b: Int = 1, c: Int = 2, d: Int)")
    }

    func testTrailingClosureFillsTheLastClosureParameter() {
        let s = NativeSignature("numericalGradient(at point: [Double], step: Double = 1e-5, of function: ([Double]) -> Double) -> [Double]")
        XCTAssertEqual(s.bind(["at", nil]), [0, nil, 1])
    }
}
