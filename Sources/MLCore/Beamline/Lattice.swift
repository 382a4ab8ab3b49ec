import Foundation

/// One element of a transfer line that matters for steering: a beam-position monitor (BPM) or a
/// corrector magnet, with the optics at its place.
public struct BeamlineElement: Equatable, Sendable, CustomStringConvertible {
    /// What the element does.
    public typealias Kind = BeamlineElementKind

    public var name: String
    public var kind: Kind
    /// The betatron function β at the element, in metres.
    public var beta: Double
    /// The betatron phase μ at the element, in radians from the start of the line.
    public var phase: Double

    public init(_ name: String, _ kind: Kind, beta: Double, phase: Double) {
        self.name = name
        self.kind = kind
        self.beta = beta
        self.phase = phase
    }

    public var description: String {
        "\(name) (\(kind.rawValue), β = \(beta) m, μ = \(phase) rad)"
    }
}

/// The linear optics of a transfer line, in beam order, and the orbit response it implies.
///
/// A corrector j kicks the beam by an angle θⱼ; linear optics moves the kick downstream as a
/// betatron oscillation, so a monitor i after it reads
/// xᵢ = √(βᵢ βⱼ) sin(μᵢ − μⱼ) θⱼ, and a monitor before it reads nothing of it. With β in metres and
/// θ in milliradians, x is in millimetres.
public struct Lattice: Equatable, Sendable {
    /// The elements in the order the beam meets them (phases must not decrease).
    public let elements: [BeamlineElement]

    public init(_ elements: [BeamlineElement]) throws {
        try require(elements.contains { $0.kind == .monitor } && elements.contains { $0.kind == .corrector },
                    "a lattice needs at least one monitor and one corrector")
        for element in elements {
            try require(element.beta > 0 && element.beta.isFinite, "\(element.name): β must be a positive number of metres, got \(element.beta)")
            try require(element.phase.isFinite, "\(element.name): the phase must be finite, got \(element.phase)")
        }
        for (before, after) in zip(elements, elements.dropFirst()) {
            try require(after.phase >= before.phase, "\(after.name) comes after \(before.name) but its phase \(after.phase) is smaller than \(before.phase)")
        }
        self.elements = elements
    }

    /// The monitors, in beam order.
    public var monitors: [BeamlineElement] { elements.filter { $0.kind == .monitor } }
    /// The correctors, in beam order.
    public var correctors: [BeamlineElement] { elements.filter { $0.kind == .corrector } }

    /// R, [monitors, correctors] in mm per mrad: Rᵢⱼ = √(βᵢ βⱼ) sin(μᵢ − μⱼ) when monitor i is
    /// downstream of corrector j, 0 upstream (the beam has not met the kick yet).
    public var responseMatrix: Tensor {
        var scalars: [Double] = []
        let indexed = Array(elements.enumerated())
        let monitorList = indexed.filter { $0.element.kind == .monitor }
        let correctorList = indexed.filter { $0.element.kind == .corrector }
        for (i, monitor) in monitorList {
            for (j, corrector) in correctorList {
                scalars.append(i > j ? (monitor.beta * corrector.beta).squareRoot() * sin(monitor.phase - corrector.phase) : 0)
            }
        }
        return Tensor(unchecked: [monitorList.count, correctorList.count], scalars: scalars)
    }

    /// A periodic FODO channel of thin quadrupoles: `cells` cells of `cellLength` metres with
    /// `phaseAdvance` radians per cell. Each cell has a corrector beside its focusing quadrupole
    /// (β = β_max) and a monitor beside its defocusing one, half a cell on (β = β_min, phase
    /// advance μ/2, by the cell's symmetry); the last `monitorOnlyCells` cells have no corrector.
    ///
    /// The thin-lens FODO formulas (e.g. Wille, *The Physics of Particle Accelerators*, §3.13):
    /// β_max = L (1 + sin(μ/2)) / sin μ and β_min = L (1 − sin(μ/2)) / sin μ.
    public static func fodo(cells: Int, cellLength: Double, phaseAdvance: Double, monitorOnlyCells: Int = 0) throws -> Lattice {
        try require(cells > 0 && monitorOnlyCells >= 0 && monitorOnlyCells < cells, "a FODO line needs at least one cell with a corrector")
        try require(cellLength > 0 && phaseAdvance > 0 && phaseAdvance < Double.pi,
                    "a FODO cell needs a positive length and a phase advance between 0 and π, got \(cellLength) m and \(phaseAdvance)")
        let betaMax = cellLength * (1 + sin(phaseAdvance / 2)) / sin(phaseAdvance)
        let betaMin = cellLength * (1 - sin(phaseAdvance / 2)) / sin(phaseAdvance)
        var elements: [BeamlineElement] = []
        for cell in 0..<cells {
            let start = Double(cell) * phaseAdvance
            if cell < cells - monitorOnlyCells {
                elements.append(BeamlineElement("C\(cell + 1)", .corrector, beta: betaMax, phase: start))
            }
            elements.append(BeamlineElement("BPM\(cell + 1)", .monitor, beta: betaMin, phase: start + phaseAdvance / 2))
        }
        return try Lattice(elements)
    }

    /// The steering line of the case study, modelled on LINAC4's transfer line: 17 monitors and
    /// 16 correctors in a FODO channel of 17 cells, 5 m long, with 60° of phase advance per cell
    /// (β_max = 8.66 m, β_min = 2.89 m). The measured optics of the real line are not public in
    /// this form; the numbers are typical of a low-energy transfer line, not LINAC4's own.
    public static var linac4Like: Lattice {
        // The arguments are valid constants, so this cannot fail.
        (try? fodo(cells: 17, cellLength: 5, phaseAdvance: Double.pi / 3, monitorOnlyCells: 1)) ?? Lattice(unchecked: [])
    }

    private init(unchecked elements: [BeamlineElement]) { self.elements = elements }
}

/// What a beamline element does for steering.
public enum BeamlineElementKind: String, CaseIterable, Sendable {
    /// A beam-position monitor: reads the trajectory.
    case monitor
    /// A corrector dipole: kicks the trajectory.
    case corrector
}
