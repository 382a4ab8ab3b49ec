import SwiftParser
import SwiftSyntax

/// The standard-library subset, read once per process from `preludeSource` and shared,
/// read-only, by every session.
final class Prelude {
    static let shared = Prelude()

    var types: [String: NominalType] = [:]
    /// Free functions (`print`, `max`, `sqrt`…) by name.
    private(set) var functions: [String: [Member]] = [:]
    /// Every operator function the prelude declares, by operator: protocol requirements and
    /// extension members (`Equatable.==`), type members (`String.+`) and free ones (`??`).
    private(set) var operators: [String: [Member]] = [:]

    private(set) var int: NominalType!
    private(set) var double: NominalType!
    private(set) var float: NominalType!
    private(set) var bool: NominalType!
    private(set) var string: NominalType!
    private(set) var character: NominalType!
    private(set) var array: NominalType!
    private(set) var dictionary: NominalType!
    private(set) var set: NominalType!
    private(set) var optional: NominalType!

    /// Problems reading the prelude: a programming error, reported by the prelude's own test.
    private(set) var problems: [String] = []

    private init() {
        let world = TypeWorld(reading: self)
        let file = Parser.parse(source: preludeSource)
        let decls = file.statements.compactMap { item -> DeclSyntax? in
            if case .decl(let d) = item.item { return d }
            return nil
        }
        let reader = DeclarationReader(world: world, origin: .prelude)
        reader.unknownType = { [unowned self] t in self.problems.append("unknown type '\(t.trimmedDescription)'") }
        reader.declareTypes(decls)
        int = types["Int"]; double = types["Double"]; float = types["Float"]; bool = types["Bool"]
        string = types["String"]; character = types["Character"]; array = types["Array"]
        dictionary = types["Dictionary"]; set = types["Set"]; optional = types["Optional"]
        reader.readDeclarations(decls)
        for f in reader.functions {
            functions[f.name, default: []].append(f)
            if Prelude.isOperator(f.name) { operators[f.name, default: []].append(f) }
        }
        for t in types.values.sorted(by: { $0.name < $1.name }) {
            for name in t.staticMembers.names where Prelude.isOperator(name) {
                operators[name, default: []].append(contentsOf: t.staticMembers[name])
            }
        }
        if file.hasError { problems.append("the prelude does not parse") }
    }

    /// Whether a function name is an operator (`+`, `==`, `..<`) rather than an identifier.
    static func isOperator(_ name: String) -> Bool {
        guard let c = name.unicodeScalars.first else { return false }
        return "/=-+!*%<>&|^~?.".unicodeScalars.contains(c) || c.properties.isMath
            || (c.value >= 0x2190 && c.value <= 0x2BFF)
    }
}
