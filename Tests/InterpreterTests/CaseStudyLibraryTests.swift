import Foundation
import XCTest
@testable import Interpreter

/// The case studies' bridge: `Higgs.read` from the lesson's folder with located errors, the
/// beamline and its SVD correction, and the quantum kernel, as lesson code calls them.
final class CaseStudyLibraryTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-cases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let header = (["label"] + (1...28).map { "f\($0)" }).joined(separator: ",")
        let row = { (label: Int) in ([String(label)] + (1...28).map { "\(Double($0) / 10)" }).joined(separator: ",") }
        try "\(row(1))\n\(row(0))\n\(row(1))\n".write(to: folder.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        try "\(header)\n\(row(1))\n".write(to: folder.appendingPathComponent("renamed.csv"), atomically: true, encoding: .utf8)
        try "\(row(1))\n\(row(3))\n".write(to: folder.appendingPathComponent("badlabel.csv"), atomically: true, encoding: .utf8)
        try "C1,C2\n2.5,0\n5,2.5\n".write(to: folder.appendingPathComponent("response.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func run(_ source: String) -> CellOutcome {
        let session = Session()
        session.dataFolder = folder.path
        return session.run(source, origin: "t")
    }

    func testHiggsEventsFromTheLessonFolder() {
        let out = run("""
            let events = try Higgs.read("events.csv")
            print(events)
            let (train, test) = try events.split(trainingCount: 2)
            let high = try train.dataset(.highLevel)
            print(high.featureCount, high.labels, test.count)
            print(try events.column("m_bb"), HiggsFeatures.lowLevel.names.count)
            """)
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.output, "HiggsEvents(3 events: 2 signal, 1 background)\n7 [1, 0] 1\n[2.6, 2.6, 2.6] 21\n")
    }

    func testHiggsErrorsAreLocated() {
        var out = run("let events = try Higgs.read(\"badlabel.csv\")")
        XCTAssertEqual(out.error?.message, "badlabel.csv:2: the label is 3.0 but must be 1 (signal) or 0 (background)")
        XCTAssertEqual(out.error.map { "\($0.line):\($0.column)" }, "1:24")
        out = run("let events = try Higgs.read(\"renamed.csv\")")
        XCTAssertEqual(out.error?.message, "renamed.csv:1: column 2 is named 'f1' but the HIGGS layout has 'lepton_pT' there")
        out = run("let events = try Higgs.read(\"../events.csv\")")
        XCTAssertEqual(out.error?.message, "'../events.csv': a data file must be named relative to the lesson's folder, without '..'")
    }

    func testBeamlineAndTheSVDCorrection() {
        let out = run("""
            let line = try Beamline(noise: 0, seed: 1)
            let readings = line.reset()
            let pinv = try SingularValueDecomposition(line.response).pseudoInverse()
            let kicks = try pinv.matmul(Tensor(readings)).scalars.map { -$0 }
            let step = try line.step(kicks)
            print(line.monitorCount, line.correctorCount, step.outcome, step.rms < 1e-9, step.steps)
            let measured = try Beamline.responseMatrix(csv: "response.csv")
            print(measured.shape, try SingularValueDecomposition(measured).rank())
            """)
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.output, "17 16 success true 1\n[2, 2] 2\n")
    }

    func testStatevectorAndQuantumKernel() {
        let out = run("""
            var state = try Statevector(qubits: 2)
            try state.hadamard(0)
            try state.cnot(control: 0, target: 1)
            print(state)
            let map = try ZZFeatureMap(qubits: 2)
            let k = try map.kernelMatrix(Tensor([[0.1, 0.2], [1.0, 2.0]]), Tensor([[0.1, 0.2], [1.0, 2.0]]))
            print(k.shape, abs(k[0, 0] - 1) < 1e-12, k[0, 1] == k[1, 0])
            """)
        XCTAssertNil(out.error?.message)
        XCTAssertEqual(out.output, "0.7071|00⟩ + 0.7071|11⟩\n[2, 2] true true\n")
    }
}
