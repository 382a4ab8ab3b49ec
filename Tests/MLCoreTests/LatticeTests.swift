import XCTest
@testable import MLCore

/// The orbit response of linear optics, worked by hand, and the FODO line of the case study.
final class LatticeTests: XCTestCase {
    /// C1 (β = 4 m, μ = 0), BPM1 (β = 9 m, μ = π/6), C2 (β = 1 m, μ = π/2). BPM1 is downstream of
    /// C1: R₁₁ = √(9 · 4) sin(π/6 − 0) = 6 · ½ = 3 mm/mrad. It is upstream of C2: R₁₂ = 0.
    func testThreeElementResponseByHand() throws {
        let lattice = try Lattice([
            BeamlineElement("C1", .corrector, beta: 4, phase: 0),
            BeamlineElement("BPM1", .monitor, beta: 9, phase: Double.pi / 6),
            BeamlineElement("C2", .corrector, beta: 1, phase: Double.pi / 2),
        ])
        let r = lattice.responseMatrix
        XCTAssertEqual(r.shape, [1, 2])
        XCTAssertEqual(r.scalars[0], 3, accuracy: 1e-12)
        XCTAssertEqual(r.scalars[1], 0)
        XCTAssertEqual(lattice.monitors.map(\.name), ["BPM1"])
        XCTAssertEqual(lattice.correctors.map(\.name), ["C1", "C2"])
    }

    /// A monitor a quarter of a betatron wavelength (π/2) downstream of a kick reads the most;
    /// half a wavelength (π) downstream, nothing.
    func testPhaseAdvanceOfTheResponse() throws {
        let lattice = try Lattice([
            BeamlineElement("C", .corrector, beta: 2, phase: 1),
            BeamlineElement("A", .monitor, beta: 8, phase: 1 + Double.pi / 2),
            BeamlineElement("B", .monitor, beta: 8, phase: 1 + Double.pi),
        ])
        let r = lattice.responseMatrix.scalars
        XCTAssertEqual(r[0], 4, accuracy: 1e-12)
        XCTAssertEqual(r[1], 0, accuracy: 1e-12)
    }

    func testInvalidLattices() {
        XCTAssertThrowsError(try Lattice([BeamlineElement("C", .corrector, beta: 1, phase: 0)]))
        XCTAssertThrowsError(try Lattice([BeamlineElement("C", .corrector, beta: -1, phase: 0), BeamlineElement("B", .monitor, beta: 1, phase: 1)]))
        XCTAssertThrowsError(try Lattice([BeamlineElement("C", .corrector, beta: 1, phase: 2), BeamlineElement("B", .monitor, beta: 1, phase: 1)])) { error in
            XCTAssertEqual("\(error)", "invalid argument: B comes after C but its phase 1.0 is smaller than 2.0")
        }
        XCTAssertThrowsError(try Lattice.fodo(cells: 3, cellLength: 5, phaseAdvance: 4))
    }

    /// The thin-lens FODO optics: with L = 5 m and μ = 60°, β_max = 5 · 1.5 / (√3/2) = 8.660 m and
    /// β_min = 5 · 0.5 / (√3/2) = 2.887 m, so √(β_max β_min) = 5 m exactly.
    func testLinac4LikeLine() {
        let lattice = Lattice.linac4Like
        XCTAssertEqual(lattice.monitors.count, 17)
        XCTAssertEqual(lattice.correctors.count, 16)
        XCTAssertEqual(lattice.correctors[0].beta, 15 / 3.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(lattice.monitors[0].beta, 5 / 3.0.squareRoot(), accuracy: 1e-12)
        let r = lattice.responseMatrix
        XCTAssertEqual(r.shape, [17, 16])
        // BPM1 is half a cell (30°) after C1: 5 · sin 30° = 2.5; BPM2 is 90° after C1: 5.
        XCTAssertEqual(r.scalars[0], 2.5, accuracy: 1e-12)
        XCTAssertEqual(r.scalars[16], 5, accuracy: 1e-12)
        XCTAssertEqual(r.scalars[1], 0)
        // BPM17 has no corrector after it: it sees all 16.
        XCTAssertTrue(r.rowArrays[16].allSatisfy { $0 != 0 })
    }
}
