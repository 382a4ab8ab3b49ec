import XCTest
@testable import MLCore

/// The steering environment: its termination rules, the SVD pseudo-inverse correction, starting
/// orbits, and measured response matrices from CSV.
final class BeamlineTests: XCTestCase {
    /// One monitor reading 2 mm per mrad of one corrector; no noise; target 1 mm, limit 3 mm.
    func line(maxSteps: Int = 3) throws -> Beamline {
        try Beamline(response: Tensor([[2.0]]), noise: 0, target: 1, limit: 3, maxSteps: maxSteps, maxKick: 10)
    }

    func testTerminationRules() throws {
        let beamline = try line()
        XCTAssertEqual(beamline.reset(errorKicks: [1]), [2])
        // 2 mm → 1.6 mm: still steering.
        var step = try beamline.step([-0.2])
        XCTAssertEqual(step.rms, 1.6, accuracy: 1e-12)
        XCTAssertEqual(step.reward, -1.6, accuracy: 1e-12)
        XCTAssertEqual(step.outcome, .running)
        // Exactly at the target counts as success.
        step = try beamline.step([-0.3])
        XCTAssertEqual(step.rms, 1.0, accuracy: 1e-12)
        XCTAssertEqual(step.outcome, .success)
        XCTAssertTrue(step.outcome.isDone)
        // Above the limit is failure, even on the last step.
        beamline.reset(errorKicks: [1])
        _ = try beamline.step([0])
        _ = try beamline.step([0])
        step = try beamline.step([0.6])
        XCTAssertEqual(step.rms, 3.2, accuracy: 1e-12)
        XCTAssertEqual(step.outcome, .failure)
        // Between target and limit after maxSteps: time limit.
        beamline.reset(errorKicks: [1])
        for expected in [BeamlineOutcome.running, .running, .timeLimit] {
            XCTAssertEqual(try beamline.step([0]).outcome, expected)
        }
        XCTAssertEqual(beamline.steps, 3)
        XCTAssertEqual(beamline.interactions, 8)
    }

    func testActionsAreCheckedAndClipped() throws {
        let beamline = try Beamline(response: Tensor([[1.0, 0], [0, 1]]), noise: 0, maxKick: 0.5)
        beamline.reset(errorKicks: [0, 0])
        let step = try beamline.step([2, -2])
        XCTAssertEqual(step.readings, [0.5, -0.5])
        XCTAssertThrowsError(try beamline.step([1])) { error in
            XCTAssertEqual("\(error)", "invalid argument: an action has one change per corrector (2), got 1")
        }
        XCTAssertThrowsError(try beamline.step([.nan, 0]))
        XCTAssertThrowsError(try Beamline(response: Tensor([[1.0]]), target: 3, limit: 1))
    }

    /// On a noise-free linear line the one-step correction θ = −R⁺x takes the orbit to zero.
    func testPseudoInverseCorrectionReachesZero() throws {
        let beamline = try Beamline(noise: 0, seed: 7)
        let pinv = try SingularValueDecomposition(beamline.response).pseudoInverse()
        for _ in 0..<10 {
            let readings = beamline.reset()
            let start = Beamline.rms(readings)
            XCTAssertTrue(beamline.startRMS.contains(start), "start RMS \(start)")
            let correction = try pinv.matmul(Tensor(readings)).scalars.map { -$0 }
            let step = try beamline.step(correction)
            XCTAssertLessThan(step.rms, 1e-9)
            XCTAssertEqual(step.outcome, .success)
        }
    }

    /// The same seed gives the same episodes; noise has the stated size.
    func testStartsAreSeededAndNoisy() throws {
        let a = try Beamline(seed: 3), b = try Beamline(seed: 3)
        XCTAssertEqual(a.reset(), b.reset())
        let quiet = try Beamline(noise: 0.1, seed: 4)
        quiet.reset(errorKicks: [Double](repeating: 0, count: 16))
        var readings: [Double] = []
        for _ in 0..<200 { readings += try quiet.step([Double](repeating: 0, count: 16)).readings }
        XCTAssertEqual(Beamline.rms(readings), 0.1, accuracy: 0.01)
    }

    func testResponseMatrixFromCSV() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beamline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("response.csv")
        try "C1,C2\n2.5,0\n5,2.5\n".write(to: good, atomically: true, encoding: .utf8)
        let r = try Beamline.responseMatrix(csv: good.path)
        XCTAssertEqual(r.shape, [2, 2])
        XCTAssertEqual(r.scalars, [2.5, 0, 5, 2.5])
        let bad = folder.appendingPathComponent("bad.csv")
        try "C1,C2\n2.5,0\n5,inf\n".write(to: bad, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Beamline.responseMatrix(csv: bad.path)) { error in
            XCTAssertEqual("\(error)", "bad.csv:3: column 2 is inf; a response matrix holds finite numbers")
        }
        try "C1,C2\n2.5,0\n5\n".write(to: bad, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Beamline.responseMatrix(csv: bad.path)) { error in
            XCTAssertEqual("\(error)", "bad.csv:3: this row has 1 fields but line 1 has 2")
        }
    }
}
