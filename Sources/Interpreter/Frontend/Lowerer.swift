import SwiftSyntax

/// One lowered expression: its code and what lowering learnt about it statically.
struct LoweredExpr {
    var code: Code.Expr
    /// An integer-literal expression (`1`, `-2`, `(3 + 4)`), which Swift would type as Double
    /// or Float in a floating-point context.
    var isLiteral = false
    /// The static type when it is evident (literals, annotated variables, conversions).
    var type: TypeSpec?
    /// Set for constants and current-frame variables, which operators read without a call.
    var source: OperandSource?

    var operand: OperandSource { source ?? .code(code) }
}

/// A top-level statement of a cell, with the globals it declares (marked unavailable if the
/// cell fails before the statement completes).
struct TopLevelStatement {
    let run: Code.Stmt
    let declares: [Int]
    let loc: SourceLoc
    /// Set for a trailing expression whose value the notebook displays.
    var display: Code.Expr?
}

/// A cell ready to run.
struct CompiledCell {
    let statements: [TopLevelStatement]
    let frameSize: Int
}

/// Lowers swift-syntax trees into closures (`Code`) with every name resolved to a slot.
///
/// This and the other `Lowerer+*.swift` files are the only code that sees SwiftSyntax types.
final class Lowerer {
    let ev: Evaluator
    let rt: Runtime
    let converter: SourcePositions
    var scope: FunctionScope
    var nextTargetID = 0
    /// Types declared by this cell (visible to the rest of the cell while it is lowered).
    var cellTypes: [String: TypeInfo] = [:]
    /// Globals declared by this cell.
    var cellGlobals = OrderedNames()
    /// Names of `mutating` methods of lesson types (such calls go through the receiver's storage).
    var mutatingNames: Set<String> = []
    /// Current syntax nesting while lowering, to refuse absurdly deep code before the stack suffers.
    var nesting = 0
    /// How many closures of `CellFacts.uncertainClosures` enclose the code being lowered.
    var uncertainClosureDepth = 0
    /// Set by `lowerBody` when the body is a single returned expression (called directly).
    var lastExpressionBody: Code.Expr?
    /// Set while an `init` body is lowered (its scope may assign `let` properties).
    var initializerBeingLowered = false
    /// Enclosing types and generic parameters of the declarations being lowered.
    let declarationContext = DeclarationContext()

    /// What the type checker settled about this cell (literal types, chosen overloads).
    let facts: CellFacts

    init(ev: Evaluator, converter: SourcePositions, facts: CellFacts = CellFacts()) {
        self.ev = ev
        self.rt = ev.rt
        self.converter = converter
        self.facts = facts
        self.scope = FunctionScope(parent: nil, isTopLevel: true)
    }

    func loc(_ node: some SyntaxProtocol) -> SourceLoc {
        var l = converter.location(ofCodeIn: node)
        l.cell = rt.currentCell
        return l
    }

    func unsupported(_ what: String, _ node: some SyntaxProtocol) -> LecternError {
        let head = what.components(separatedBy: " (").first ?? what
        let verb = head.hasSuffix("s") && !head.hasSuffix("this") ? "are" : "is"
        return LecternError("unsupported: \(what) \(verb) not part of lectern's Swift subset (see docs/language.md)", at: loc(node))
    }

    func nextID() -> Int { nextTargetID += 1; return nextTargetID }

    // MARK: Cells

    func lowerCell(_ file: SourceFileSyntax) throws -> CompiledCell {
        let items = Array(file.statements)
        try predeclare(items)
        var statements: [TopLevelStatement] = []
        for (index, item) in items.enumerated() {
            let before = cellGlobals.count
            let isLast = index == items.count - 1
            if isLast, case .expr(let e) = item.item, let display = try displayable(e) {
                statements.append(TopLevelStatement(run: { _ in .next }, declares: [], loc: loc(item), display: display))
                continue
            }
            let code = try lowerItem(item)
            let declared = cellGlobals.names(since: before).compactMap { rt.globalIndex[$0] }
            statements.append(TopLevelStatement(run: code, declares: declared, loc: loc(item)))
        }
        // Commit the cell's declarations for later cells.
        for (name, t) in cellTypes { rt.types[name] = t }
        rt.declaredGlobals.formUnion(cellGlobals)
        return CompiledCell(statements: statements, frameSize: scope.slotCount)
    }

    /// A trailing expression whose value a notebook would show (not an assignment or `print`).
    private func displayable(_ e: ExprSyntax) throws -> Code.Expr? {
        if let infix = e.as(InfixOperatorExprSyntax.self), infix.operator.is(AssignmentExprSyntax.self) { return nil }
        if let infix = e.as(InfixOperatorExprSyntax.self), let op = infix.operator.as(BinaryOperatorExprSyntax.self),
           op.operator.text.hasSuffix("="), !["==", "!=", "<=", ">=", "===", "!=="].contains(op.operator.text) { return nil }
        if let call = e.as(FunctionCallExprSyntax.self), let callee = call.calledExpression.as(DeclReferenceExprSyntax.self),
           ["print", "debugPrint"].contains(callee.baseName.text) { return nil }
        if e.is(IfExprSyntax.self) || e.is(SwitchExprSyntax.self) { return nil }
        return try lowerExpr(e).code
    }

    /// Hoists the cell's functions and types so code may use them before their declaration.
    private func predeclare(_ items: [CodeBlockItemSyntax]) throws {
        for item in items {
            guard case .decl(let decl) = item.item else { continue }
            try predeclareType(decl, parent: nil)
        }
        // Mutating method names anywhere in the cell.
        for item in items {
            for token in item.tokens(viewMode: .sourceAccurate) where token.tokenKind == .keyword(.mutating) {
                var node: Syntax? = token.parent
                while let n = node, !n.is(FunctionDeclSyntax.self) { node = n.parent }
                if let f = node?.as(FunctionDeclSyntax.self) { mutatingNames.insert(f.name.text) }
            }
        }
        for t in rt.types.values { for (name, ms) in t.methods where ms.contains(where: \.isMutating) { mutatingNames.insert(name) } }
        for item in items {
            guard case .decl(let decl) = item.item, let f = decl.as(FunctionDeclSyntax.self) else { continue }
            let g = rt.globalSlot(f.name.text)
            rt.globalTypes[g] = .function
            cellGlobals.insert(f.name.text)
            if let r = f.signature.returnClause, let spec = try? typeSpec(r.type) { rt.functionResultTypes[f.name.text] = spec } else {
                rt.functionResultTypes[f.name.text] = nil
            }
            rt.functionInoutParams[f.name.text] = f.signature.parameterClause.parameters.map { p in
                p.type.as(AttributedTypeSyntax.self)?.specifiers.contains { $0.trimmedDescription == "inout" } ?? false
            }
            rt.functionParamTypes[f.name.text] = f.signature.parameterClause.parameters.map { p in
                var t = p.type
                if let a = t.as(AttributedTypeSyntax.self) { t = a.baseType }
                return try? typeSpec(t)
            }
        }
    }

    func lookupType(_ name: String) -> TypeInfo? { nestedType(named: name) ?? cellTypes[name] ?? rt.types[name] }

    /// Members of builtin values that code inside `extension Array { … }` etc. may use without `self.`.
    static let builtinMemberNames: Set<String> = [
        "count", "isEmpty", "first", "last", "indices", "keys", "values", "map", "filter", "reduce", "sorted",
        "min", "max", "contains", "firstIndex", "lastIndex", "allSatisfy", "compactMap", "flatMap", "forEach",
        "enumerated", "reversed", "prefix", "suffix", "dropFirst", "dropLast", "joined", "append", "insert",
        "remove", "removeLast", "removeFirst", "removeAll", "sort", "reverse", "swapAt", "split", "uppercased",
        "lowercased", "hasPrefix", "hasSuffix", "squareRoot", "rounded", "isNaN", "isInfinite", "isFinite",
        "magnitude", "isMultiple", "description", "mapValues", "filterValues", "startIndex", "endIndex",
    ]

    /// Swift types lectern leaves out, with the explanation their use gets.
    static let unsupportedTypes: [String: String] = {
        var table: [String: String] = [:]
        for t in ["Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64"] {
            table[t] = "fixed-width integer types (\(t); use Int)"
        }
        table["Float80"] = "Float80"
        table["Decimal"] = "Decimal"
        table["Data"] = "Data"
        table["Date"] = "dates (Date)"
        table["URL"] = "URLs and files (URL)"
        table["FileManager"] = "files (FileManager)"
        table["Result"] = "Result"
        return table
    }()

    // MARK: Names

    enum NameRef {
        case local(depth: Int, slot: Int, type: TypeSpec?)
        case global(slot: Int, type: TypeSpec?)
        case member(depth: Int, selfSlot: Int, type: TypeInfo)
        case userType(TypeInfo)
        case builtinType(TypeSpec)
        case nativeType(NativeLibrary.NativeType)
        case notFound
    }

    func resolve(_ name: String) -> NameRef {
        var depth = 0
        var s: FunctionScope? = scope
        while let sc = s {
            if let l = sc.lookupHere(name) { return .local(depth: depth, slot: l.slot, type: l.type) }
            if let t = sc.selfType, let ss = sc.selfSlot {
                if sc.isStatic {
                    if t.hasStaticMember(name) { return .member(depth: depth, selfSlot: ss, type: t) }
                } else if t.hasMember(name) || (t.isBuiltinExtension && isImplicitBuiltinMember(name, of: t))
                            || (name == "rawValue" && t.rawType != nil)
                            || (t.isProtocol && declarationContext.selfConstraints.contains { $0.hasMember(name) || isImplicitBuiltinMember(name, of: $0) }) {
                    return .member(depth: depth, selfSlot: ss, type: t)
                }
            }
            depth += 1
            s = sc.parent
        }
        if cellGlobals.contains(name) || rt.declaredGlobals.contains(name), let g = rt.globalIndex[name] {
            return .global(slot: g, type: rt.globalTypes[g])
        }
        if let t = lookupType(name) { return .userType(t) }
        if let b = builtinTypeNamed(name) { return .builtinType(b) }
        if let alias = memberTypeAlias(name) ?? rt.typeAliases[name] {
            if case .named(let n) = alias, let t = lookupType(n) { return .userType(t) }
            return .builtinType(alias)
        }
        // Native type names are capitalised; other names do not wake the lazily declared libraries.
        if name.first?.isUppercase == true, let n = ev.library.types[name] { return .nativeType(n) }
        return .notFound
    }

    func builtinTypeNamed(_ name: String) -> TypeSpec? {
        switch name {
        case "Int": return .int
        case "Double", "CGFloat": return .double
        case "Float": return .float
        case "Bool": return .bool
        case "String": return .string
        case "Character": return .character
        case "Array": return .array(.any)
        case "ArraySlice": return .slice(.any)
        case "Dictionary": return .dictionary(.any, .any)
        case "Set": return .set(.any)
        case "Optional": return .optional(.any)
        default: return nil
        }
    }

    /// Code that reads a resolved name.
    func readCode(_ ref: NameRef, _ name: String, _ l: SourceLoc) -> Code.Expr {
        let ev = self.ev, rt = self.rt
        switch ref {
        case .local(0, let slot, _): return { f in f[slot] }
        case .local(let depth, let slot, _): return { f in f.ancestor(depth)[slot] }
        case .global(let g, _):
            return { _ in
                let v = rt.globals[g]
                if case .unset = v { throw rt.unavailable(g, l) }
                return v
            }
        case .member(let depth, let ss, let type):
            if let i = type.fieldIndex[name], type.kind == .structType, !type.fields[i].isLazy {
                // `x` of `self` is read in place, without copying `self` (see `lowerMemberAccess`).
                return { f in
                    let owner = f.ancestor(depth)
                    if case .structValue(let s) = (owner.slots + ss).pointee { return s.fields[i] }
                    return try ev.getMember(owner[ss], name, loc: l)
                }
            }
            if type.kind == .classType, let (i, _) = ev.plainStoredProperty(type, name) {
                // A stored property of a class's `self`, by the index it has in instances of
                // exactly this class; reading it by name would hash the name on every access.
                return { f in
                    let owner = f.ancestor(depth)
                    if case .object(let o) = (owner.slots + ss).pointee, o.type === type { return o.fields[i] }
                    return try ev.getMember(owner[ss], name, loc: l)
                }
            }
            if let i = type.fieldIndex[name], type.fields[i].isLazy {
                // A `lazy var` of `self`: the first read stores the value in `self`.
                return { f in try ev.readLazyMember(&f.ancestor(depth)[ss], name, loc: l) }
            }
            return { f in try ev.getMember(f.ancestor(depth)[ss], name, loc: l) }
        case .userType(let t): return { _ in .type(.user(t)) }
        case .builtinType(let b): return { _ in .type(.builtin(b)) }
        case .nativeType(let n): return { _ in throw LecternError("type '\(n.name)' cannot be used as a value", at: l) }
        case .notFound:
            return { _ in throw LecternError("cannot find '\(name)' in scope", at: l) }
        }
    }

    // MARK: Blocks

    func withBlock<T>(_ body: () throws -> T) rethrows -> T {
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        return try body()
    }

    func lowerBlock(_ items: CodeBlockItemListSyntax) throws -> Code.Stmt {
        try withBlock { try lowerStatements(items) }
    }

    /// Lowers statements in the current block; nested functions are hoisted to its start.
    func lowerStatements(_ items: CodeBlockItemListSyntax) throws -> Code.Stmt {
        var codes: [StmtBox] = []
        var hoisted: [StmtBox] = []
        if !scope.atGlobalLevel {
            for item in items {
                if case .decl(let d) = item.item, let f = d.as(FunctionDeclSyntax.self) {
                    scope.declare(f.name.text, type: .function)
                }
            }
        }
        let all = Array(items)
        for (index, item) in all.enumerated() {
            if case .decl(let d) = item.item, let f = d.as(FunctionDeclSyntax.self), !scope.atGlobalLevel {
                hoisted.append(StmtBox(try lowerLocalFunction(f)))
                continue
            }
            if case .stmt(let s) = item.item, let d = s.as(DeferStmtSyntax.self) {
                // `defer { … }` runs when the rest of the block finishes, however it finishes.
                let deferred = try lowerBlock(d.body.statements)
                let rest = try lowerStatements(CodeBlockItemListSyntax(all[(index + 1)...]))
                codes.append(StmtBox { f in
                    let flow: Flow
                    do { flow = try rest(f) } catch {
                        _ = try? deferred(f)
                        throw error
                    }
                    _ = try deferred(f)
                    return flow
                })
                return sequence(hoisted + codes)
            }
            codes.append(StmtBox(try lowerItem(item)))
        }
        return sequence(hoisted + codes)
    }

    /// Runs statements in order until one does not continue.
    ///
    /// Up to four statements are captured one by one; longer lists become a chain of such groups.
    /// (Iterating an array of closures instead retains and releases the array and each closure on
    /// every pass: ~10 % of a tight loop's time.)
    func sequence(_ codes: [StmtBox]) -> Code.Stmt {
        switch codes.count {
        case 0: return { _ in .next }
        case 1: return codes[0].run
        case 2:
            let a = codes[0].run, b = codes[1].run
            return { f in
                let r = try a(f)
                guard case .next = r else { return r }
                return try b(f)
            }
        case 3:
            let a = codes[0].run, b = codes[1].run, c = codes[2].run
            return { f in
                var r = try a(f)
                guard case .next = r else { return r }
                r = try b(f)
                guard case .next = r else { return r }
                return try c(f)
            }
        case 4:
            let a = codes[0].run, b = codes[1].run, c = codes[2].run, d = codes[3].run
            return { f in
                var r = try a(f)
                guard case .next = r else { return r }
                r = try b(f)
                guard case .next = r else { return r }
                r = try c(f)
                guard case .next = r else { return r }
                return try d(f)
            }
        default:
            let head = sequence(Array(codes[..<4])), rest = sequence(Array(codes[4...]))
            return { f in
                let r = try head(f)
                guard case .next = r else { return r }
                return try rest(f)
            }
        }
    }

    func lowerItem(_ item: CodeBlockItemSyntax) throws -> Code.Stmt {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > 400 { throw LecternError("code is nested too deeply", at: loc(item)) }
        switch item.item {
        case .decl(let d): return try lowerDecl(d)
        case .stmt(let s): return try lowerStmt(s)
        case .expr(let e): return try lowerExprStatement(e)
        }
    }

    func lowerExprStatement(_ e: ExprSyntax) throws -> Code.Stmt {
        if let i = e.as(IfExprSyntax.self) { return try lowerIf(i) }
        if let s = e.as(SwitchExprSyntax.self) { return try lowerSwitch(s) }
        let code = try lowerExpr(e).code
        return { f in _ = try code(f); return .next }
    }
}
