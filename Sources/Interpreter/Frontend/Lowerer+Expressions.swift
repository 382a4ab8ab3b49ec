import SwiftSyntax

/// Thrown inside an optional chain when a link is nil; the chain's top turns it into `nil`.
struct OptionalChainNil: Error {}

/// Remembers where a struct field was found last time, so `p.x` in a loop skips the name lookup.
final class FieldCache {
    @exclusivity(unchecked) var type: TypeInfo?
    @exclusivity(unchecked) var index = 0
}

/// Expressions: literals, names, operators, member access, subscripts, collections, closures.
extension Lowerer {
    func lowerExpr(_ e: ExprSyntax, expected: TypeSpec? = nil) throws -> LoweredExpr {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > 400 { throw LecternError("expression is nested too deeply", at: loc(e)) }
        var lowered = try lowerExprInner(e, expected: expected)
        if let labels = facts.tupleLabels[e.id] {
            // A tuple converted to a differently labelled tuple type takes that type's labels.
            let inner = lowered.code
            let relabelled: [String?]? = labels.allSatisfy { $0 == nil } ? nil : labels
            lowered = LoweredExpr(code: { f in
                var v = try inner(f)
                if var t = v.takeTuple() { t.labels = relabelled; return .tuple(t) }
                return v
            })
        }
        if let wraps = facts.optionalWraps[e.id] {
            // The checker found a value used as an optional: Swift wraps it (`Optional(40)`).
            let inner = lowered.code
            lowered = LoweredExpr(code: { f in
                var v = try inner(f)
                if wraps == 1, case .none = v { return v }
                if wraps == 1, case .some = v { return v }
                for _ in 0..<wraps { v = .some(v) }
                return v
            })
        }
        if isChainTop(e) {
            let inner = lowered.code
            lowered = LoweredExpr(code: { f in
                do {
                    let v = try inner(f)
                    switch v {
                    case .none, .some: return v
                    default: return .some(v)
                    }
                } catch is OptionalChainNil {
                    return .none
                }
            })
        }
        return lowered
    }

    /// The outermost postfix expression of a chain that contains `?.`.
    private func isChainTop(_ e: ExprSyntax) -> Bool {
        guard e.is(MemberAccessExprSyntax.self) || e.is(FunctionCallExprSyntax.self)
                || e.is(SubscriptCallExprSyntax.self) || e.is(ForceUnwrapExprSyntax.self) else { return false }
        var cur: ExprSyntax? = e
        var found = false
        while let c = cur {
            if c.is(OptionalChainingExprSyntax.self) { found = true; break }
            if let m = c.as(MemberAccessExprSyntax.self) { cur = m.base } else if let f = c.as(FunctionCallExprSyntax.self) {
                cur = f.calledExpression
            } else if let s = c.as(SubscriptCallExprSyntax.self) { cur = s.calledExpression } else if let u = c.as(ForceUnwrapExprSyntax.self) {
                cur = u.expression
            } else { cur = nil }
        }
        guard found, let parent = e.parent else { return found }
        if let m = parent.as(MemberAccessExprSyntax.self), m.base?.id == e.id { return false }
        if let f = parent.as(FunctionCallExprSyntax.self), f.calledExpression.id == e.id { return false }
        if let s = parent.as(SubscriptCallExprSyntax.self), s.calledExpression.id == e.id { return false }
        if let u = parent.as(ForceUnwrapExprSyntax.self), u.expression.id == e.id { return false }
        if let o = parent.as(OptionalChainingExprSyntax.self), o.expression.id == e.id { return false }
        return true
    }

    private func lowerExprInner(_ e: ExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        let l = loc(e)
        let ev = self.ev
        if let i = e.as(IntegerLiteralExprSyntax.self) {
            let n = try parseInteger(i.literal.text, l)
            if let generic = genericIntegerLiteral(e, n) { return generic }
            switch decidedScalar(e) ?? expected {
            case .double?, .optional(.double)?: return LoweredExpr(code: { _ in .double(Double(n)) }, type: .double)
            case .float?, .optional(.float)?: return LoweredExpr(code: { _ in .float(Float(n)) }, type: .float)
            default: return LoweredExpr(code: { _ in .int(n) }, isLiteral: true, type: .int, source: .constant(.int(n)))
            }
        }
        if let fl = e.as(FloatLiteralExprSyntax.self) {
            guard let d = Double(fl.literal.text.replacingOccurrences(of: "_", with: "")) else {
                throw LecternError("invalid floating-point literal '\(fl.literal.text)'", at: l)
            }
            let decided = decidedScalar(e)
            if decided == .float || expected == .float || expected == .optional(.float) { let x = Float(d); return LoweredExpr(code: { _ in .float(x) }, type: .float) }
            if expected == .int { throw LecternError("cannot convert value of type 'Double' to specified type 'Int'", at: l) }
            return LoweredExpr(code: { _ in .double(d) }, isLiteral: true, type: .double, source: .constant(.double(d)))
        }
        if let b = e.as(BooleanLiteralExprSyntax.self) {
            let v = b.literal.text == "true"
            return LoweredExpr(code: { _ in .bool(v) }, type: .bool)
        }
        if e.is(NilLiteralExprSyntax.self) { return LoweredExpr(code: { _ in .none }) }
        if let s = e.as(StringLiteralExprSyntax.self) { return try lowerString(s, expected: expected) }
        if let s = e.as(SimpleStringLiteralExprSyntax.self) {
            let text = s.segments.map(\.content.text).joined()
            return LoweredExpr(code: { _ in .string(text) }, type: .string)
        }
        if let d = e.as(DeclReferenceExprSyntax.self) { return try lowerName(d) }
        if let infix = e.as(InfixOperatorExprSyntax.self) { return try lowerInfix(infix, expected: expected) }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return try lowerPrefix(p, expected: expected) }
        if let t = e.as(TupleExprSyntax.self) { return try lowerTuple(t, expected: expected) }
        if let a = e.as(ArrayExprSyntax.self) { return try lowerArray(a, expected: expected) }
        if let d = e.as(DictionaryExprSyntax.self) { return try lowerDictionary(d, expected: expected) }
        if let c = e.as(FunctionCallExprSyntax.self) {
            if let conversion = try lowerTypedConversion(c) { return conversion }
            return try lowerCall(c, expected: expected)
        }
        if let m = e.as(MemberAccessExprSyntax.self) { return try lowerMemberAccess(m, expected: expected) }
        if let s = e.as(SubscriptCallExprSyntax.self) { return try lowerSubscript(s) }
        if let c = e.as(ClosureExprSyntax.self) { return try lowerClosure(c, expected: expected) }
        if let t = e.as(TernaryExprSyntax.self) {
            let cond = try lowerCondition(t.condition)
            let a = try lowerExpr(t.thenExpression, expected: expected)
            let b = try lowerExpr(t.elseExpression, expected: expected)
            let (x, y) = try unifyLiterals(a, b, t.thenExpression, t.elseExpression)
            let ac = x.code, bc = y.code
            return LoweredExpr(code: { f in try cond(f) ? ac(f) : bc(f) }, isLiteral: x.isLiteral && y.isLiteral, type: x.type == y.type ? x.type : nil)
        }
        if let u = e.as(ForceUnwrapExprSyntax.self) {
            let inner = try lowerExpr(u.expression).code
            return LoweredExpr(code: { f in
                switch try inner(f) {
                case .some(let w): return w
                case .none: throw LecternError("unexpectedly found nil while unwrapping an Optional value", at: l)
                case let v: return v
                }
            })
        }
        if let o = e.as(OptionalChainingExprSyntax.self) {
            let inner = try lowerExpr(o.expression).code
            return LoweredExpr(code: { f in
                switch try inner(f) {
                case .some(let w): return w
                case .none: throw OptionalChainNil()
                case let v: return v
                }
            })
        }
        if let a = e.as(AsExprSyntax.self) { return try lowerAs(a) }
        if let i = e.as(IsExprSyntax.self) {
            let value = try lowerExpr(i.expression).code
            let spec = try typeSpec(i.type)
            return LoweredExpr(code: { f in .bool(matches(try value(f), spec)) }, type: .bool)
        }
        if let i = e.as(IfExprSyntax.self) {
            let slot = scope.newSlot()
            let code = try lowerIf(i, resultSlot: slot)
            return LoweredExpr(code: { f in _ = try code(f); return f[slot] })
        }
        if let s = e.as(SwitchExprSyntax.self) {
            let slot = scope.newSlot()
            let code = try lowerSwitch(s, resultSlot: slot)
            return LoweredExpr(code: { f in _ = try code(f); return f[slot] })
        }
        if let io = e.as(InOutExprSyntax.self) {
            throw LecternError("'&' may only be used to pass an argument to an inout parameter", at: loc(io))
        }
        if e.is(DiscardAssignmentExprSyntax.self) {
            throw LecternError("'_' can only appear in a pattern or on the left side of an assignment", at: l)
        }
        if let t = e.as(TypeExprSyntax.self) {
            let spec = try typeSpec(t.type)
            return LoweredExpr(code: { _ in .type(.builtin(spec)) })
        }
        if let g = e.as(GenericSpecializationExprSyntax.self) {
            let name = g.expression.trimmedDescription
            let args = try g.genericArgumentClause.arguments.map { arg -> TypeSpec in
                guard case .type(let ty) = arg.argument else { throw unsupported("value generic arguments", arg) }
                return try typeSpec(ty)
            }
            let spec: TypeSpec
            switch (name, args.count) {
            case ("Array", 1): spec = .array(args[0])
            case ("ArraySlice", 1): spec = .slice(args[0])
            case ("Set", 1): spec = .set(args[0])
            case ("Dictionary", 2): spec = .dictionary(args[0], args[1])
            case ("Optional", 1): spec = .optional(args[0])
            default:
                if let user = try specializedTypeValue(g) { return user }
                throw unsupported("generic types", g)
            }
            return LoweredExpr(code: { _ in .type(.builtin(spec)) })
        }
        if let t = e.as(TryExprSyntax.self) { return try lowerTry(t, expected: expected) }
        if e.is(AwaitExprSyntax.self) { throw unsupported("async/await", e) }
        if let k = e.as(KeyPathExprSyntax.self) {
            // `\.count`, `\.a.b`: a property path used as a function (`xs.map(\.count)`).
            guard k.root == nil else { throw unsupported("key paths with a root type", e) }
            let names = try k.components.map { c -> String in
                guard case .property(let p) = c.component else { throw unsupported("this key path", c) }
                return p.declName.baseName.text
            }
            return LoweredExpr(code: { _ in .function(Builtin("keyPath") { args, _ in
                guard args.count == 1 else { throw UnlocatedError("a key path takes one argument") }
                var v = args[0]
                for n in names {
                    do { v = try ev.getMember(v, n, loc: l) } catch let e as LecternError { throw UnlocatedError(e.message) }
                }
                return v
            }) })
        }
        if e.is(MacroExpansionExprSyntax.self) { throw unsupported("macros", e) }
        if e.is(RegexLiteralExprSyntax.self) { throw unsupported("regex literals", e) }
        if e.is(SuperExprSyntax.self) {
            // Calls (`super.init(…)`, `super.method(…)`) and reads (`super.x`) are lowered where
            // they appear; what reaches here assigns through `super` or uses it as a value.
            if let m = e.parent?.as(MemberAccessExprSyntax.self) {
                throw unsupported("assignment through 'super' ('super.\(m.declName.baseName.text)')", e)
            }
            throw unsupported("'super' as a value", e)
        }
        if let p = e.as(PostfixOperatorExprSyntax.self) { throw unsupported("postfix operator '\(p.operator.text)'", e) }
        if let p = e.as(PatternExprSyntax.self) { throw LecternError("'\(p.trimmedDescription)' pattern can only appear in a pattern context", at: l) }
        _ = ev
        throw unsupported("this expression", e)
    }

    func parseInteger(_ text: String, _ l: SourceLoc) throws -> Int {
        let t = text.replacingOccurrences(of: "_", with: "")
        var n: Int?
        if t.hasPrefix("0x") { n = Int(t.dropFirst(2), radix: 16) } else if t.hasPrefix("0b") { n = Int(t.dropFirst(2), radix: 2) } else if t.hasPrefix("0o") {
            n = Int(t.dropFirst(2), radix: 8)
        } else { n = Int(t) }
        guard let n else { throw LecternError("integer literal '\(text)' overflows when stored into 'Int'", at: l) }
        return n
    }

    /// Makes `cond ? 1 : 0.5` (and array elements) agree: an integer literal next to a
    /// Double becomes a Double, as Swift's type inference would have it.
    func unifyLiterals(_ a: LoweredExpr, _ b: LoweredExpr, _ ea: ExprSyntax, _ eb: ExprSyntax) throws -> (LoweredExpr, LoweredExpr) {
        if a.isLiteral, let t = b.type, t.isFloatingPoint { return (try lowerExpr(ea, expected: t), b) }
        if b.isLiteral, let t = a.type, t.isFloatingPoint { return (a, try lowerExpr(eb, expected: t)) }
        return (a, b)
    }

    // MARK: Names

    private func lowerName(_ d: DeclReferenceExprSyntax) throws -> LoweredExpr {
        let name = d.baseName.text
        let l = loc(d)
        if name == "self" {
            var depth = 0
            var s: FunctionScope? = scope
            while let sc = s {
                if let ss = sc.selfSlot { let dd = depth; return LoweredExpr(code: { f in f.ancestor(dd)[ss] }) }
                depth += 1; s = sc.parent
            }
            throw LecternError("cannot find 'self' in scope", at: l)
        }
        if let dynamic = try dynamicTypeBase(ExprSyntax(d)) { return LoweredExpr(code: dynamic) }
        if name == "Self", let t = scope.selfType ?? enclosingSelfType() { return LoweredExpr(code: { _ in .type(.user(t)) }) }
        if let op = BinaryOp(rawValue: name) {
            let ev = self.ev
            return LoweredExpr(code: { _ in .function(Builtin(name, binaryOperator: op) { args, _ in
                guard args.count == 2 else { throw UnlocatedError("operator '\(name)' takes two arguments") }
                do { return try ev.binary(op, args[0], args[1], false, false, loc: l) } catch let e as LecternError { throw UnlocatedError(e.message) }
            }) })
        }
        let ref = resolve(name)
        if case .notFound = ref {
            if let f = builtinFunctionValue(name, l) { return LoweredExpr(code: { _ in f }) }
            if let what = Lowerer.unsupportedTypes[name] { throw unsupported(what, d) }
            throw LecternError("cannot find '\(name)' in scope", at: l)
        }
        var type: TypeSpec?
        switch ref {
        case .local(_, _, let t), .global(_, let t): type = t
        default: break
        }
        if case .local(0, let slot, _) = ref {
            return LoweredExpr(code: readCode(ref, name, l), type: type, source: .local(slot))
        }
        return LoweredExpr(code: readCode(ref, name, l), type: type)
    }

    /// Where `self` lives, as (frame depth, slot), if inside a method.
    func selfLocation() -> (Int, Int)? {
        var depth = 0
        var s: FunctionScope? = scope
        while let sc = s {
            if let ss = sc.selfSlot { return (depth, ss) }
            depth += 1
            s = sc.parent
        }
        return nil
    }

    func enclosingSelfType() -> TypeInfo? {
        var s: FunctionScope? = scope
        while let sc = s { if let t = sc.selfType { return t }; s = sc.parent }
        return nil
    }

    // MARK: Strings

    private func lowerString(_ s: StringLiteralExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        if let value = s.representedLiteralValue {
            if decidedScalar(s) == .character || expected == .character, value.count == 1, let c = value.first {
                return LoweredExpr(code: { _ in .character(c) }, type: .character)
            }
            return LoweredExpr(code: { _ in .string(value) }, type: .string)
        }
        let ev = self.ev
        let l = loc(s)
        var parts: [(String?, ExprBox?)] = []
        let raw = s.openingPounds != nil
        for seg in s.segments {
            switch seg {
            case .stringSegment(let text):
                parts.append((raw ? text.content.text : try unescape(text.content.text, loc(text)), nil))
            case .expressionSegment(let x):
                guard x.expressions.count == 1, let only = x.expressions.first, only.label == nil else {
                    throw unsupported("interpolations with labels or several values", x)
                }
                parts.append((nil, ExprBox(try lowerExpr(only.expression).code)))
            }
        }
        return LoweredExpr(code: { f in
            var out = ""
            for (text, code) in parts {
                if let text { out += text } else if let code {
                    let v = try code.eval(f)
                    switch v {
                    case .string(let s): out += s
                    case .int(let n): out += String(n)
                    case .double(let d): out += printed(d)
                    default: out += try ev.describe(v, at: l)
                    }
                    try ev.rt.checkString(out.utf8.count, l)
                }
            }
            return .string(out)
        }, type: .string)
    }

    private func unescape(_ text: String, _ l: SourceLoc) throws -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        let it = Array(text.unicodeScalars)
        var i = 0
        while i < it.count {
            let c = it[i]
            if c != "\\" { out.unicodeScalars.append(c); i += 1; continue }
            i += 1
            guard i < it.count else { break }
            switch it[i] {
            case "n": out += "\n"
            case "t": out += "\t"
            case "r": out += "\r"
            case "0": out += "\0"
            case "\\": out += "\\"
            case "\"": out += "\""
            case "'": out += "'"
            case "\n": // line continuation in multi-line strings
                break
            case "u":
                var j = i + 2
                var hex = ""
                while j < it.count, it[j] != "}" { hex.unicodeScalars.append(it[j]); j += 1 }
                if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) { out.unicodeScalars.append(scalar) }
                i = j
            default:
                throw LecternError("invalid escape sequence in literal", at: l)
            }
            i += 1
        }
        return out
    }

    // MARK: Collections and tuples

    private func lowerTuple(_ t: TupleExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        if t.elements.count == 1, let only = t.elements.first, only.label == nil {
            return try lowerExpr(only.expression, expected: expected)
        }
        if t.elements.isEmpty { return LoweredExpr(code: { _ in .void }) }
        var expectedTypes: [TypeSpec?] = []
        if case .tuple(let ts, _)? = expected { expectedTypes = ts }
        let elements = try t.elements.enumerated().map { i, el in
            try lowerExpr(el.expression, expected: i < expectedTypes.count ? expectedTypes[i] : nil)
        }
        let codes = elements.map { ExprBox($0.code) }
        var labels: [String?]? = t.elements.contains { $0.label != nil } ? t.elements.map { $0.label?.text } : nil
        if labels == nil, case .tuple(let ts, let expectedLabels)? = expected, ts.count == t.elements.count { labels = expectedLabels }
        return LoweredExpr(code: { f in
            var values: [Value] = []
            values.reserveCapacity(codes.count)
            for c in codes { values.append(try c.eval(f)) }
            return .tuple(TupleValue(elements: values, labels: labels))
        }, isLiteral: elements.allSatisfy(\.isLiteral), type: .tuple(elements.map { $0.type ?? .any }, labels: labels))
    }

    private func lowerArray(_ a: ArrayExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        var elementType: TypeSpec?
        if case .array(let e)? = expected { elementType = e }
        if case .optional(.array(let e))? = expected { elementType = e }
        // `let s: ArraySlice<Double> = [1, 2]`: a slice literal, indexed from 0.
        var isSlice = false
        if case .slice(let e)? = expected { elementType = e; isSlice = true }
        if case .optional(.slice(let e))? = expected { elementType = e; isSlice = true }
        if case .set(let e)? = expected {
            elementType = e
        }
        // `[1, 2.5]` is [Double]: one floating-point literal makes the integer literals Double too.
        if elementType == nil, a.elements.contains(where: { isFloatLiteral($0.expression) }) { elementType = .double }
        var elements = try a.elements.map { try lowerExpr($0.expression, expected: elementType) }
        if elementType == nil, let t = elements.first(where: { $0.type?.isFloatingPoint == true })?.type,
           elements.contains(where: \.isLiteral) {
            elements = try a.elements.map { try lowerExpr($0.expression, expected: t) }
            elementType = t
        }
        let codes = elements.map { ExprBox($0.code) }
        let rt = self.rt
        let l = loc(a)
        let isSet: Bool = { if case .set? = expected { return true }; return false }()
        let wrap = elementType.map { isOptionalSpec($0) } ?? false
        let elementSpec = elementType
        let staticType = elementType ?? elements.first?.type
        return LoweredExpr(code: { f in
            var values: [Value] = []
            values.reserveCapacity(codes.count)
            for c in codes { values.append(try c.eval(f)) }
            if wrap { values = values.map { coerce($0, to: elementSpec, literal: false) } }
            try rt.allocate(values.count, l)
            if isSet {
                var d = DictionaryValue()
                for v in values { _ = d.insertMember(v) }
                return .set(d)
            }
            return isSlice ? .slice(ArraySlice(values)) : .array(values)
        }, isLiteral: !elements.isEmpty && elements.allSatisfy(\.isLiteral),
           type: isSet ? expected : isSlice ? elementType.map { .slice($0) } : staticType.map { .array($0) })
    }

    func isFloatLiteral(_ e: ExprSyntax) -> Bool {
        if e.is(FloatLiteralExprSyntax.self) { return true }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" { return isFloatLiteral(p.expression) }
        return false
    }

    private func lowerDictionary(_ d: DictionaryExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        var kt: TypeSpec?, vt: TypeSpec?
        if case .dictionary(let k, let v)? = expected { kt = k; vt = v }
        switch d.content {
        case .colon: return LoweredExpr(code: { _ in .dictionary(DictionaryValue()) }, type: expected)
        case .elements(let list):
            if vt == nil, list.contains(where: { isFloatLiteral($0.value) }) { vt = .double }
            let pairs = try list.map { (try lowerExpr($0.key, expected: kt).code, try lowerExpr($0.value, expected: vt).code) }
            let l = loc(d)
            let ev = self.ev
            let valueType = vt
            return LoweredExpr(code: { f in
                var dict = DictionaryValue()
                for (k, v) in pairs {
                    let key = try k(f)
                    if dict.contains(key) {
                        throw LecternError("dictionary literal contains duplicate key \(try ev.describer.debugDescription(key))", at: l)
                    }
                    dict.set(key, coerce(try v(f), to: valueType, literal: false))
                }
                return .dictionary(dict)
            }, type: expected)
        }
    }

    // MARK: Closures

    func lowerClosure(_ c: ClosureExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        if let effects = c.signature?.effectSpecifiers, effects.asyncSpecifier != nil {
            throw unsupported("async closures", effects)
        }
        let decl = FunctionDecl(name: "closure", loc: loc(c))
        let outer = scope
        // A capture list (`[x]`, `[unowned self]`, `[weak model]`, `[n = count]`) copies values
        // when the closure is created, into a frame of their own between the closure and its context.
        var captureScope: FunctionScope?
        var captures: [(slot: Int, code: Code.Expr, weak: Bool)] = []
        if let clause = c.signature?.capture {
            let cs = FunctionScope(parent: outer)
            for item in clause.items {
                let name = item.name.text
                let value: Code.Expr
                if let initializer = item.initializer {
                    value = try lowerExpr(initializer.value).code
                } else if name == "self" {
                    guard let (depth, ss) = selfLocation() else { throw LecternError("cannot find 'self' in scope", at: loc(item)) }
                    value = { f in f.ancestor(depth)[ss] }
                } else {
                    let ref = resolve(name)
                    if case .notFound = ref { throw LecternError("cannot find '\(name)' in scope", at: loc(item)) }
                    value = readCode(ref, name, loc(item))
                }
                let isWeak = item.specifier?.specifier.text == "weak"
                let slot = cs.declare(name, type: nil, isLet: true)
                if name == "self" {
                    cs.selfSlot = slot
                    if !isWeak { cs.selfType = enclosingSelfType() }
                }
                captures.append((slot, value, isWeak))
            }
            captureScope = cs
        }
        let fs = FunctionScope(parent: captureScope ?? outer)
        scope = fs
        defer { scope = outer }
        var names: [(String, TypeSpec?)] = []
        switch c.signature?.parameterClause {
        case .simpleInput(let list)?:
            names = list.map { ($0.name.text, nil) }
        case .parameterClause(let clause)?:
            for p in clause.parameters {
                let name = (p.secondName ?? p.firstName).text
                var spec = try p.type.map { try typeSpec($0) }
                if let a = p.type?.as(AttributedTypeSyntax.self) { spec = try typeSpec(a.baseType) }
                names.append((name, spec))
            }
        case nil:
            // `$0`, `$1`, … used in the body (not in nested closures) decide the arity.
            var maxIndex = -1
            for token in c.statements.tokens(viewMode: .sourceAccurate) {
                guard case .dollarIdentifier(let text) = token.tokenKind, let n = Int(text.dropFirst()) else { continue }
                var p = token.parent
                var nested = false
                while let node = p, node.id != c.id { if node.is(ClosureExprSyntax.self) { nested = true; break }; p = node.parent }
                if !nested { maxIndex = max(maxIndex, n) }
            }
            if maxIndex >= 0 { names = (0...maxIndex).map { ("$\($0)", nil) } }
        }
        var expectedParams: [TypeSpec] = []
        var expectedResult: TypeSpec?
        if case .closure(let ps, let r)? = expected { expectedParams = ps; expectedResult = r }
        if case .optional(.closure(let ps, let r))? = expected { expectedParams = ps; expectedResult = r }
        for (i, (name, declared)) in names.enumerated() {
            let spec = declared ?? (i < expectedParams.count ? expectedParams[i] : nil)
            let slot = fs.declare(name, type: spec)
            decl.params.append(.init(label: nil, name: name, slot: slot, type: spec, defaultValue: nil,
                                     defaultIsLiteral: false, isInout: false, isVariadic: false))
        }
        decl.returnType = try c.signature?.returnClause.map { try typeSpec($0.type) } ?? expectedResult
        fs.returnType = decl.returnType
        let uncertain = facts.uncertainClosures.contains(c.id)
        if uncertain { uncertainClosureDepth += 1 }
        defer { if uncertain { uncertainClosureDepth -= 1 } }
        decl.body = try lowerBody(c.statements, returns: decl.returnType != .void)
        decl.slotCount = fs.slotCount
        decl.finish()
        if let cs = captureScope {
            let count = cs.slotCount
            return LoweredExpr(code: { f in
                let env = Frame.make(count: count, parent: f)
                for c in captures {
                    let v = try c.code(f)
                    env[c.slot] = c.weak ? (isOptionalValue(v) ? v : .some(v)) : v
                }
                return .function(Closure(decl: decl, env: env))
            }, type: .function)
        }
        return LoweredExpr(code: { f in .function(Closure(decl: decl, env: f)) }, type: .function)
    }

    // MARK: Casts

    private func lowerAs(_ a: AsExprSyntax) throws -> LoweredExpr {
        let spec = try typeSpec(a.type)
        let l = loc(a)
        switch a.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?:
            let value = try lowerExpr(a.expression).code
            return LoweredExpr(code: { f in
                let v = try value(f)
                if matches(v, spec) { if case .some = v { return v }; return .some(v) }
                return .none
            })
        case .exclamationMark?:
            let value = try lowerExpr(a.expression).code
            return LoweredExpr(code: { f in
                let v = try value(f)
                if matches(v, spec) { if case .some(let w) = v { return w }; return v }
                throw LecternError("could not cast value of type '\(v.typeName)' to '\(spec)'", at: l)
            })
        default:
            let value = try lowerExpr(a.expression, expected: spec)
            let code = value.code
            let lit = value.isLiteral
            if case .array = spec, !lit { return LoweredExpr(code: { f in coerce(try code(f), to: spec, literal: true) }, type: spec) }
            if spec.isFloatingPoint {
                let ev = self.ev
                return LoweredExpr(code: { f in
                    let v = coerce(try code(f), to: spec, literal: lit)
                    if !matches(v, spec) { throw LecternError("cannot convert value of type '\(v.typeName)' to type '\(spec)' in coercion", at: l) }
                    _ = ev
                    return v
                }, type: spec)
            }
            return LoweredExpr(code: { f in coerce(try code(f), to: spec, literal: lit) }, type: spec)
        }
    }
}

func isOptionalValue(_ v: Value) -> Bool {
    switch v {
    case .none, .some: return true
    default: return false
    }
}
