import SwiftParser
import SwiftSyntax

/// What the top level of a cell declares, and which names from outside the cell its code
/// writes or refers to — read from swift-syntax without running anything.
///
/// The grader uses it to enforce its rule for exercise cells: an exercise may declare only the
/// names its starter declares, and may not assign to (or mutate) a name the lesson declares
/// elsewhere, so the checks always see the instructor's bindings. Names are resolved lexically:
/// a parameter, a local `let`, a closure parameter, a pattern binding or a member of a type
/// declared in the cell is local, and writing it is fine.
public struct DeclaredNames: Sendable, Equatable {
    /// A name at a place in the cell: 1-based line and column (columns count Unicode scalars).
    public struct NameUse: Sendable, Equatable {
        public var name: String
        public var line: Int
        public var column: Int
    }

    /// One top-level statement or declaration of the cell.
    public struct Item: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case function, variable, type, typeAlias, `extension`, `import`, `operator`, statement
        }

        public var kind: Kind
        /// The names it declares: `["a", "b"]` for `let a = 1, b = 2`, `["Array"]` for
        /// `extension Array`, none for a statement or an import.
        public var names: [String]
        /// Its source, as UTF-8 offsets into the cell (leading comments excluded).
        public var utf8Range: Range<Int>
        /// Where it starts.
        public var line: Int
        public var column: Int
        /// Names it assigns to or mutates (`x = …`, `x += …`, `&x`, `x.append(…)`) that no
        /// enclosing scope of the cell binds: globals of the lesson, or the cell's own.
        public var writes: [NameUse]
        /// Free references (not bound in the cell) to names in `watched`.
        public var references: [NameUse]
    }

    public var items: [Item]
    /// swift-syntax found a syntax error; such a cell declares nothing when it runs.
    public var hasSyntaxErrors: Bool

    /// Methods that change the value (or object) they are called on. Calling one on a name
    /// counts as writing it.
    public static let mutatingMethods: Set<String> = [
        "append", "insert", "remove", "removeAll", "removeFirst", "removeLast", "removeSubrange", "popLast",
        "popFirst", "sort", "reverse", "shuffle", "swapAt", "formUnion", "formIntersection", "formSymmetricDifference",
        "subtract", "merge", "updateValue", "removeValue", "replaceSubrange", "set", "setWeights", "setBias",
        "zeroGrad", "zeroGradient", "backward", "step", "fit", "reset",
    ]

    /// Reads `source`; references are collected for the names in `watched` (e.g. `check`).
    public static func read(_ source: String, watching watched: Set<String> = []) -> DeclaredNames {
        var text = source
        let tree = text.withUTF8 { Parser.parse(source: $0, maximumNestingLevel: 256) }
        let positions = ScalarPositions(source)
        var items: [Item] = []
        for statement in tree.statements {
            let start = statement.positionAfterSkippingLeadingTrivia.utf8Offset
            let end = max(start, statement.endPositionBeforeTrailingTrivia.utf8Offset)
            let (kind, names) = describe(statement.item)
            let walker = ScopeWalker(watched: watched, positions: positions)
            walker.walk(Syntax(statement.item))
            let (line, column) = positions.lineAndColumn(start)
            items.append(Item(kind: kind, names: names, utf8Range: start..<end, line: line, column: column,
                              writes: walker.writes, references: walker.references))
        }
        return DeclaredNames(items: items, hasSyntaxErrors: tree.hasError)
    }

    /// Every name the cell declares at its top level, in order.
    public var declaredNames: [String] { items.flatMap(\.names) }

    private static func describe(_ item: CodeBlockItemSyntax.Item) -> (Item.Kind, [String]) {
        switch item {
        case .decl(let decl):
            if let f = decl.as(FunctionDeclSyntax.self) { return (.function, [f.name.text]) }
            if let v = decl.as(VariableDeclSyntax.self) {
                return (.variable, v.bindings.flatMap { PatternNames.of($0.pattern) })
            }
            if let s = decl.as(StructDeclSyntax.self) { return (.type, [s.name.text]) }
            if let c = decl.as(ClassDeclSyntax.self) { return (.type, [c.name.text]) }
            if let e = decl.as(EnumDeclSyntax.self) { return (.type, [e.name.text]) }
            if let a = decl.as(ActorDeclSyntax.self) { return (.type, [a.name.text]) }
            if let p = decl.as(ProtocolDeclSyntax.self) { return (.type, [p.name.text]) }
            if let t = decl.as(TypeAliasDeclSyntax.self) { return (.typeAlias, [t.name.text]) }
            if let x = decl.as(ExtensionDeclSyntax.self) { return (.extension, [x.extendedType.trimmedDescription]) }
            if decl.is(ImportDeclSyntax.self) { return (.import, []) }
            if let o = decl.as(OperatorDeclSyntax.self) { return (.operator, [o.name.text]) }
            if let g = decl.as(PrecedenceGroupDeclSyntax.self) { return (.operator, [g.name.text]) }
            if let m = decl.as(MacroDeclSyntax.self) { return (.function, [m.name.text]) }
            return (.statement, [])
        case .stmt, .expr:
            return (.statement, [])
        }
    }
}

/// Names bound by a pattern: `x`, `(a, b)`, `let .some(y)`.
enum PatternNames {
    static func of(_ pattern: PatternSyntax) -> [String] {
        var names: [String] = []
        collect(Syntax(pattern), into: &names)
        return names
    }

    static func collect(_ node: Syntax, into names: inout [String]) {
        if let p = node.as(IdentifierPatternSyntax.self) {
            names.append(p.identifier.text)
            return
        }
        // `case .circle(let r)` and `case let (x, y)` put the bound names in expression patterns.
        if let v = node.as(PatternExprSyntax.self) {
            collect(Syntax(v.pattern), into: &names)
            return
        }
        for child in node.children(viewMode: .sourceAccurate) { collect(child, into: &names) }
    }
}

/// 1-based lines and Unicode-scalar columns for UTF-8 offsets of one text.
struct ScalarPositions {
    /// UTF-8 offset of each line's start.
    private let lineStarts: [Int]
    private let utf8: [UInt8]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        var starts = [0]
        for (i, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") { starts.append(i + 1) }
        lineStarts = starts
    }

    func lineAndColumn(_ offset: Int) -> (Int, Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var i = lineStarts[low]
        while i < min(offset, utf8.count) {
            // Count scalars: every byte that does not continue a multi-byte sequence.
            if utf8[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (low + 1, column)
    }
}

/// Walks one top-level item with a stack of lexical scopes, recording writes and references
/// to names that no scope inside the cell binds.
private final class ScopeWalker {
    private var scopes: [Set<String>]
    private let watched: Set<String>
    private let positions: ScalarPositions
    private(set) var writes: [DeclaredNames.NameUse] = []
    private(set) var references: [DeclaredNames.NameUse] = []

    /// Module names a call may be qualified with (`Swift.max`).
    private static let modules: Set<String> = ["Swift", "Foundation", "MLCore", "Glibc", "Darwin", "Plots"]

    /// The first scope is the cell's top level: names declared there are globals, so writing
    /// them is reported (the caller tells the cell's own names from the lesson's).
    init(watched: Set<String>, positions: ScalarPositions) {
        self.scopes = [[]]
        self.watched = watched
        self.positions = positions
    }

    private func isBound(_ name: String) -> Bool {
        name.hasPrefix("$") || scopes.dropFirst().contains { $0.contains(name) }
    }

    private func declare(_ names: [String]) {
        guard !scopes.isEmpty else { return }
        scopes[scopes.count - 1].formUnion(names)
    }

    private func scoped(_ names: [String] = [], _ body: () -> Void) {
        scopes.append(Set(names))
        body()
        scopes.removeLast()
    }

    private func use(_ name: String, at node: some SyntaxProtocol) -> DeclaredNames.NameUse {
        let (line, column) = positions.lineAndColumn(node.positionAfterSkippingLeadingTrivia.utf8Offset)
        return DeclaredNames.NameUse(name: name, line: line, column: column)
    }

    private func recordWrite(to target: ExprSyntax) {
        for (name, node) in roots(of: target) where !isBound(name) {
            writes.append(use(name, at: node))
        }
    }

    /// The variables an assignment target reaches: `a` for `a.b[i].c`, both for `(a, b)`.
    private func roots(of expr: ExprSyntax) -> [(String, ExprSyntax)] {
        if let d = expr.as(DeclReferenceExprSyntax.self) { return [(d.baseName.text, expr)] }
        if let m = expr.as(MemberAccessExprSyntax.self) { return m.base.map { roots(of: $0) } ?? [] }
        if let s = expr.as(SubscriptCallExprSyntax.self) { return roots(of: s.calledExpression) }
        if let o = expr.as(OptionalChainingExprSyntax.self) { return roots(of: o.expression) }
        if let f = expr.as(ForceUnwrapExprSyntax.self) { return roots(of: f.expression) }
        if let t = expr.as(TupleExprSyntax.self) { return t.elements.flatMap { roots(of: $0.expression) } }
        if let i = expr.as(InOutExprSyntax.self) { return roots(of: i.expression) }
        return []
    }

    private static let comparisons: Set<String> = ["==", "!=", "<=", ">=", "===", "!=="]

    private static func isAssignment(_ op: ExprSyntax) -> Bool {
        if op.is(AssignmentExprSyntax.self) { return true }
        if let b = op.as(BinaryOperatorExprSyntax.self) {
            let text = b.operator.text
            return text.hasSuffix("=") && !comparisons.contains(text)
        }
        return false
    }

    func walk(_ node: Syntax) {
        if let f = node.as(FunctionDeclSyntax.self) {
            declare([f.name.text])
            scoped(parameterNames(f.signature.parameterClause)) { if let body = f.body { walk(Syntax(body)) } }
            return
        }
        if let i = node.as(InitializerDeclSyntax.self) {
            scoped(parameterNames(i.signature.parameterClause)) { if let body = i.body { walk(Syntax(body)) } }
            return
        }
        if let s = node.as(SubscriptDeclSyntax.self) {
            scoped(parameterNames(s.parameterClause)) { if let block = s.accessorBlock { walk(Syntax(block)) } }
            return
        }
        if let a = node.as(AccessorDeclSyntax.self) {
            let implicit = a.parameters?.name.text ?? (a.accessorSpecifier.text == "set" ? "newValue" : "oldValue")
            scoped([implicit, "newValue", "oldValue"]) { if let body = a.body { walk(Syntax(body)) } }
            return
        }
        if let c = node.as(ClosureExprSyntax.self) {
            scoped(closureNames(c)) {
                if let captures = c.signature?.capture { walkChildren(Syntax(captures)) }
                for item in c.statements { walk(Syntax(item)) }
            }
            return
        }
        if let b = node.as(CodeBlockSyntax.self) {
            scoped(hoistedFunctionNames(b.statements)) { for item in b.statements { walk(Syntax(item)) } }
            return
        }
        if let v = node.as(VariableDeclSyntax.self) {
            for binding in v.bindings {
                if let initializer = binding.initializer { walk(Syntax(initializer)) }
                if let accessors = binding.accessorBlock { walk(Syntax(accessors)) }
                declare(PatternNames.of(binding.pattern))
            }
            return
        }
        if let i = node.as(IfExprSyntax.self) {
            scoped {
                walkConditions(i.conditions)
                walk(Syntax(i.body))
            }
            if let elseBody = i.elseBody { walk(Syntax(elseBody)) }
            return
        }
        if let g = node.as(GuardStmtSyntax.self) {
            // The bound names are visible after the guard, not in its `else`.
            var bound: [String] = []
            scoped {
                walkConditions(g.conditions)
                bound = scopes.last.map(Array.init) ?? []
            }
            walk(Syntax(g.body))
            declare(bound)
            return
        }
        if let w = node.as(WhileStmtSyntax.self) {
            scoped {
                walkConditions(w.conditions)
                walk(Syntax(w.body))
            }
            return
        }
        if let f = node.as(ForStmtSyntax.self) {
            walk(Syntax(f.sequence))
            scoped(PatternNames.of(f.pattern)) {
                if let whereClause = f.whereClause { walk(Syntax(whereClause)) }
                walk(Syntax(f.body))
            }
            return
        }
        if let c = node.as(SwitchCaseSyntax.self) {
            var names: [String] = []
            if case .case(let label) = c.label {
                for item in label.caseItems { names += PatternNames.of(item.pattern) }
            }
            scoped(names) {
                walkChildren(Syntax(c.label))
                for item in c.statements { walk(Syntax(item)) }
            }
            return
        }
        if let c = node.as(CatchClauseSyntax.self) {
            var names = ["error"]
            for item in c.catchItems { if let p = item.pattern { names += PatternNames.of(p) } }
            scoped(names) {
                walkChildren(Syntax(c.catchItems))
                walk(Syntax(c.body))
            }
            return
        }
        if let decl = node.as(DeclSyntax.self), let members = memberBlock(of: decl) {
            if let name = typeName(of: decl) { declare([name]) }
            scoped(memberNames(members) + ["self", "Self", "super"]) { walk(Syntax(members)) }
            return
        }
        if let sequence = node.as(SequenceExprSyntax.self) {
            let elements = Array(sequence.elements)
            for (index, element) in elements.enumerated() where index > 0 && ScopeWalker.isAssignment(element) {
                recordWrite(to: elements[index - 1])
            }
            walkChildren(node)
            return
        }
        if let infix = node.as(InfixOperatorExprSyntax.self), ScopeWalker.isAssignment(infix.operator) {
            recordWrite(to: infix.leftOperand)
            walkChildren(node)
            return
        }
        if let inout_ = node.as(InOutExprSyntax.self) {
            recordWrite(to: inout_.expression)
            walkChildren(node)
            return
        }
        if let call = node.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
           let base = member.base, DeclaredNames.mutatingMethods.contains(member.declName.baseName.text) {
            recordWrite(to: base)
            walkChildren(node)
            return
        }
        if let member = node.as(MemberAccessExprSyntax.self) {
            // `x.check` names a member, not the free function; `Swift.check` names the function.
            if let base = member.base?.as(DeclReferenceExprSyntax.self), ScopeWalker.modules.contains(base.baseName.text),
               !isBound(base.baseName.text), watched.contains(member.declName.baseName.text) {
                references.append(use(member.declName.baseName.text, at: member.declName))
            } else if let base = member.base {
                walk(Syntax(base))
            }
            return
        }
        if let reference = node.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if watched.contains(name), !isBound(name) { references.append(use(name, at: reference)) }
            return
        }
        walkChildren(node)
    }

    private func walkChildren(_ node: Syntax) {
        for child in node.children(viewMode: .sourceAccurate) { walk(child) }
    }

    /// Conditions of `if`/`guard`/`while`: each optional binding is visible to the conditions
    /// after it and to the body.
    private func walkConditions(_ conditions: ConditionElementListSyntax) {
        for element in conditions {
            switch element.condition {
            case .optionalBinding(let binding):
                if let initializer = binding.initializer { walk(Syntax(initializer)) }
                declare(PatternNames.of(binding.pattern))
            case .matchingPattern(let match):
                walk(Syntax(match.initializer))
                declare(PatternNames.of(match.pattern))
            default:
                walk(Syntax(element.condition))
            }
        }
    }

    private func parameterNames(_ clause: FunctionParameterClauseSyntax) -> [String] {
        clause.parameters.map { ($0.secondName ?? $0.firstName).text }
    }

    private func closureNames(_ closure: ClosureExprSyntax) -> [String] {
        guard let signature = closure.signature else { return [] }
        var names: [String] = []
        if let captures = signature.capture {
            for item in captures.items {
                names.append(item.name.text)
            }
        }
        switch signature.parameterClause {
        case .simpleInput(let list): names += list.map(\.name.text)
        case .parameterClause(let clause): names += clause.parameters.map { ($0.secondName ?? $0.firstName).text }
        case nil: break
        }
        return names
    }

    /// Local functions may be called before they are declared in their block.
    private func hoistedFunctionNames(_ items: CodeBlockItemListSyntax) -> [String] {
        items.compactMap { $0.item.as(FunctionDeclSyntax.self)?.name.text }
    }

    private func memberBlock(of decl: DeclSyntax) -> MemberBlockSyntax? {
        if let s = decl.as(StructDeclSyntax.self) { return s.memberBlock }
        if let c = decl.as(ClassDeclSyntax.self) { return c.memberBlock }
        if let e = decl.as(EnumDeclSyntax.self) { return e.memberBlock }
        if let a = decl.as(ActorDeclSyntax.self) { return a.memberBlock }
        if let x = decl.as(ExtensionDeclSyntax.self) { return x.memberBlock }
        if let p = decl.as(ProtocolDeclSyntax.self) { return p.memberBlock }
        return nil
    }

    private func typeName(of decl: DeclSyntax) -> String? {
        if let s = decl.as(StructDeclSyntax.self) { return s.name.text }
        if let c = decl.as(ClassDeclSyntax.self) { return c.name.text }
        if let e = decl.as(EnumDeclSyntax.self) { return e.name.text }
        if let a = decl.as(ActorDeclSyntax.self) { return a.name.text }
        return nil
    }

    /// Properties, methods and cases of a type: inside its members they are reached through an
    /// implicit `self`.
    private func memberNames(_ block: MemberBlockSyntax) -> [String] {
        var names: [String] = []
        for member in block.members {
            let decl = member.decl
            if let v = decl.as(VariableDeclSyntax.self) { names += v.bindings.flatMap { PatternNames.of($0.pattern) } }
            if let f = decl.as(FunctionDeclSyntax.self) { names.append(f.name.text) }
            if let c = decl.as(EnumCaseDeclSyntax.self) { names += c.elements.map(\.name.text) }
            if let name = typeName(of: decl) { names.append(name) }
        }
        return names
    }
}
