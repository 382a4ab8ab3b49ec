import XCTest
@testable import Interpreter

/// Failable initialisers (`init?`) on structs, classes and enums: `return nil`, optional binding
/// and chaining on the result, `compactMap`. Expected output from swiftc 6.3.
final class FailableInitializerTests: XCTestCase {
    func testFailableStructInitializer() {
        assertCheckedOutput("""
        struct Probability {
            let value: Double
            init?(_ value: Double) {
                guard value >= 0, value <= 1 else { return nil }
                self.value = value
            }
        }
        print(Probability(0.5)?.value as Any, Probability(2) == nil)
        if let p = Probability(0.25) { print(p.value) }
        let ps = [0.1, 3, 0.9].compactMap { Probability($0) }
        print(ps.map(\\.value))
        """, "Optional(0.5) true\n0.25\n[0.1, 0.9]\n")
    }

    func testFailableEnumAndClassInitializers() {
        assertCheckedOutput("""
        enum Activation {
            case relu, sigmoid
            init?(name: String) {
                switch name {
                case "relu": self = .relu
                case "sigmoid": self = .sigmoid
                default: return nil
                }
            }
        }
        final class Account {
            let owner: String
            init?(owner: String) {
                if owner.isEmpty { return nil }
                self.owner = owner
            }
        }
        print(Activation(name: "relu") as Any, Activation(name: "tanh") as Any)
        print(Account(owner: "ada")?.owner ?? "none", Account(owner: "")?.owner ?? "none")
        guard let a = Activation(name: "sigmoid") else { fatalError() }
        print(a)
        """, "Optional(main.Activation.relu) nil\nada none\nsigmoid\n")
    }
}
