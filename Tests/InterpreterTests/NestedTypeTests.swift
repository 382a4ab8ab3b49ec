import XCTest
@testable import Interpreter

/// Types nested in types: used inside the outer type by their short name and outside as
/// `Outer.Inner`, as values, in annotations and with implicit members. Expected output from
/// swiftc 6.3.
final class NestedTypeTests: XCTestCase {
    func testStructNestedInStruct() {
        assertCheckedOutput("""
        struct Trainer {
            struct Config {
                var epochs: Int
                var rate: Double
                static let quick = Config(epochs: 1, rate: 0.5)
            }
            enum Phase: String { case train, validate }
            var config: Config
            func describe(_ phase: Phase) -> String { "\\(phase.rawValue): \\(config.epochs) at \\(config.rate)" }
        }
        let t = Trainer(config: Trainer.Config(epochs: 10, rate: 0.01))
        print(t.describe(.train), t.describe(Trainer.Phase.validate))
        let q: Trainer.Config = .quick
        print(q.epochs, Trainer.Phase(rawValue: "train") as Any, Trainer.Config.quick.rate)
        print(Trainer.Config(epochs: 2, rate: 1))
        """, "train: 10 at 0.01 validate: 10 at 0.01\n1 Optional(main.Trainer.Phase.train) 0.5\nConfig(epochs: 2, rate: 1.0)\n")
    }

    func testTypesNestedInEnumsAndClasses() {
        assertCheckedOutput("""
        enum Dataset {
            enum Kind { case train, test }
            case split(Kind, Int)
            var size: Int { if case .split(_, let n) = self { return n }; return 0 }
        }
        final class Network {
            struct LayerSpec { var width: Int; var name: String }
            var specs: [LayerSpec] = []
            func add(_ width: Int) { specs.append(LayerSpec(width: width, name: "dense\\(specs.count)")) }
        }
        let d = Dataset.split(.test, 10)
        let n = Network()
        n.add(4)
        n.add(2)
        let k: Dataset.Kind = .train
        print(d.size, k, n.specs.map(\\.name), n.specs.map { $0.width })
        let spec = Network.LayerSpec(width: 1, name: "out")
        print(spec.name, spec)
        """, "10 train [\"dense0\", \"dense1\"] [4, 2]\nout LayerSpec(width: 1, name: \"out\")\n")
    }

    func testTypeAliasesInsideTypes() {
        assertCheckedOutput("""
        struct Net {
            typealias Vector = [Double]
            var w: Vector
            func apply(_ x: Vector) -> Vector { zip(w, x).map { $0 * $1 } }
            static func zeros(_ n: Int) -> Vector { Vector(repeating: 0, count: n) }
        }
        let v: Net.Vector = [1, 2]
        print(Net(w: v).apply([3, 4]), Net.zeros(2), v)
        """, "[3.0, 8.0] [0.0, 0.0] [1.0, 2.0]\n")
    }
}
