import XCTest
@testable import Interpreter

/// The standard-library subset the checker reads from `PreludeSource.swift`.
final class PreludeTests: XCTestCase {
    func testThePreludeReadsWithoutProblems() {
        XCTAssertEqual(Prelude.shared.problems, [])
    }

    func testProtocolMembersSeeInheritedAssociatedTypes() {
        let world = TypeWorld()
        let cs = ConstraintSystem(world: world)
        let doubles = world.array(world.double)
        let first = world.members("first", of: doubles, isStatic: false, cs).first { $0.member.signature == nil }
        guard let first, case .property(let t, _) = first.member.kind else { return XCTFail("no property 'first'") }
        XCTAssertEqual(cs.apply(world.substitute(t, first.substitution, cs)).description, "Double?")
    }

    func testBuiltinConformances() {
        let world = TypeWorld()
        for (type, proto, expected) in [(world.string, "Hashable", true), (world.double, "ExpressibleByIntegerLiteral", true),
                                        (world.int, "FloatingPoint", false), (world.array(world.int), "Equatable", true),
                                        (world.character, "Comparable", true)] {
            XCTAssertEqual(world.conforms(type, world.protocolNamed(proto), nil), expected, "\(type): \(proto)")
        }
    }
}
