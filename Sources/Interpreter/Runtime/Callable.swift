import SwiftSyntax

/// A function declared in lesson code (a `func`, method, initialiser or closure expression).
final class FunctionDecl {
    struct Param {
        var label: String?
        var name: String
        var slot: Int
        var type: TypeSpec?
        var defaultValue: Code.Expr?
        var defaultIsLiteral: Bool
        var isInout: Bool
        var isVariadic: Bool
        /// Whether arguments need `coerce` (floating-point or optional parameter types).
        var needsCoercion: Bool {
            guard let t = type else { return false }
            if case .tuple = t { return true }
            return t.isFloatingPoint || isOptionalType(t) || t.isArrayOfFloatingPoint
        }
    }

    let name: String
    /// The declaration it was lowered from, so a call the type checker resolved among overloads
    /// (by parameter types) runs exactly that one.
    var declaration: SyntaxIdentifier?
    /// The type whose member it is (nil for free functions and closures).
    ///
    /// Strong, although the type holds its methods: a `weak` reference gives the TypeInfo a side
    /// table, and then every retain and release of it (each property access of an instance takes
    /// one) goes through the runtime's slow path: the `classes` benchmark spent a quarter of its
    /// time there. The cycle keeps a session's declared types alive until the process ends, a
    /// few kilobytes per type; `unowned` would instead trap when a stored static method outlives
    /// a redeclared type.
    var owner: TypeInfo?
    var params: [Param] = []
    var slotCount = 0
    var body: Code.Stmt = { _ in .next }
    /// For a body that is one returned expression: that expression, so calls skip the statement
    /// machinery.
    var expressionBody: Code.Expr?
    var returnType: TypeSpec?
    /// Where `self` lives in the frame, for methods and initialisers.
    var selfSlot: Int?
    var isMutating = false
    var isStatic = false
    /// An `init?`: `return nil` in its body makes the construction `nil`.
    var isFailable = false
    /// Declared in an extension with a `where` clause (see `Lowerer.lowerMembers`).
    var isConstrained = false
    let loc: SourceLoc
    /// Precomputed for the fast call path: parameters are plain (no variadic/inout) and none
    /// needs coercion unless the argument is a literal.
    var plainParameters = false
    var coercing: [Bool] = []
    /// For closures called per element (map, filter, reduce…): the parameter count, read
    /// without touching `params`.
    var parameterCount = 0

    /// Fills the fast-path flags once the parameters are known.
    func finish() {
        plainParameters = params.allSatisfy { !$0.isVariadic && !$0.isInout }
        coercing = params.map(\.needsCoercion)
        parameterCount = params.count
    }

    init(name: String, loc: SourceLoc) { self.name = name; self.loc = loc }

    /// `name(x:_:)`, Swift's way of naming a function with its labels.
    var signature: String {
        name + "(" + params.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// The signature with parameter types: a redeclaration with the same key replaces the
    /// function; overloads by type (`f(_: Int)`, `f(_: Double)`) live side by side.
    var overloadKey: String {
        signature + params.map { ($0.isInout ? "inout " : "") + ($0.type?.description ?? "_") }.joined(separator: ",")
    }

    /// Whether a call with `labels` can bind to this function's parameters.
    func accepts(labels: [String?]) -> Bool {
        let labels = labels.enumerated().map { i, l in l == "$trailing" && i < params.count ? params[i].label : l }
        var i = 0
        for p in params {
            if p.isVariadic {
                if i < labels.count, labels[i] == p.label { i += 1 } else if p.defaultValue == nil { return false } else { continue }
                while i < labels.count, labels[i] == nil { i += 1 }
                continue
            }
            if i < labels.count, labels[i] == p.label { i += 1; continue }
            if p.defaultValue == nil { return false }
        }
        return i == labels.count
    }
}

/// Something lesson code can call: a closure, a bound method, a builtin, an initialiser.
class Callable {
    /// Lets hot paths recognise a lesson closure without a dynamic cast.
    enum Kind { case closure, other }
    let kind: Kind
    init(kind: Kind = .other) { self.kind = kind }
    var name: String { "function" }
}

/// A lesson function or closure together with the frame it captured.
final class Closure: Callable {
    let decl: FunctionDecl
    let env: Frame?
    init(decl: FunctionDecl, env: Frame?) { self.decl = decl; self.env = env; super.init(kind: .closure) }
    override var name: String { decl.name }
}

/// A method bound to the instance it was read from (`let f = p.describe`).
final class BoundMethod: Callable {
    let decls: [FunctionDecl]
    let receiver: Value
    init(decls: [FunctionDecl], receiver: Value) { self.decls = decls; self.receiver = receiver }
    override var name: String { decls.first?.name ?? "method" }
}

/// A native function: the builtins and the bridge to native libraries.
final class Builtin: Callable {
    let builtinName: String
    let body: ([Value], [String?]) throws -> Value
    /// For an operator passed as a function (`reduce(0, +)`): the operator `body` applies, which
    /// `RepeatedCall` applies directly.
    let binaryOperator: BinaryOp?
    init(_ name: String, binaryOperator: BinaryOp? = nil, _ body: @escaping ([Value], [String?]) throws -> Value) {
        self.builtinName = name; self.body = body; self.binaryOperator = binaryOperator
    }
    override var name: String { builtinName }
}

/// Several top-level functions sharing a name, told apart by their argument labels.
final class OverloadSet: Callable {
    var decls: [FunctionDecl]
    init(decls: [FunctionDecl]) { self.decls = decls }
    override var name: String { decls.first?.name ?? "function" }
}
