import SwiftSyntax
/// Runs compiled cells: calls, method dispatch and the session's runtime state.
///
/// The lowering pass builds closures that call back into this class for everything that is not a
/// plain slot access or scalar arithmetic (which the closures do inline).
final class Evaluator {
    let rt: Runtime
    /// Printed before the names of user types in debug descriptions (`main.Point(...)`), as
    /// compiled Swift prints the module's name.
    var moduleName = "main"
    let library: NativeLibrary

    init(rt: Runtime) {
        self.rt = rt
        self.library = NativeLibrary()
        registerStandardLibrary(library)
        registerNativeLibraries(library)
    }

    var describer: Describer { Describer(evaluator: self) }

    func describe(_ v: Value) throws -> String { try describer.description(v) }

    // MARK: Calls

    /// Binds call arguments to `decl`'s parameters: labels, defaults, variadics and Swift's
    /// implicit conversions. Returns, for each argument, the parameter slot it went to.
    func bind(_ decl: FunctionDecl, _ args: [Value], _ labels: [String?], _ literal: [Bool]?,
              into frame: Frame, loc: SourceLoc, needSlots: Bool = true) throws -> [Int] {
        let params = decl.params
        // The common case: one argument per parameter, labels as declared.
        if decl.plainParameters, args.count == params.count {
            var same = true
            for i in 0..<params.count where params[i].label != labels[i] { same = false; break }
            if same {
                let slots = frame.slots
                let coercing = decl.coercing
                for i in 0..<params.count {
                    let p = params[i]
                    slots[p.slot] = coercing[i] || (literal?[i] ?? false) ? coerce(args[i], to: p.type, literal: literal?[i] ?? false) : args[i]
                }
                return needSlots ? params.map(\.slot) : []
            }
        }
        // A trailing closure binds to the next parameter whatever its label.
        let labels = labels.enumerated().map { i, l in l == "$trailing" && i < decl.params.count ? decl.params[i].label : l }
        var argSlots = [Int](repeating: -1, count: args.count)
        var i = 0
        let slots = frame.slots
        for p in decl.params {
            if p.isVariadic {
                var items: [Value] = []
                if i < args.count, labels[i] == p.label {
                    items.append(coerce(args[i], to: p.type, literal: literal?[i] ?? false)); i += 1
                    while i < args.count, labels[i] == nil {
                        items.append(coerce(args[i], to: p.type, literal: literal?[i] ?? false)); i += 1
                    }
                }
                slots[p.slot] = .array(items)
                continue
            }
            if i < args.count, labels[i] == p.label {
                slots[p.slot] = coerce(args[i], to: p.type, literal: literal?[i] ?? false)
                argSlots[i] = p.slot
                i += 1
            } else if let d = p.defaultValue {
                slots[p.slot] = coerce(try d(frame), to: p.type, literal: p.defaultIsLiteral)
            } else {
                throw LecternError(labelMismatch(decl, labels), at: loc)
            }
        }
        if i < args.count { throw LecternError(labelMismatch(decl, labels), at: loc) }
        return argSlots
    }

    func labelMismatch(_ decl: FunctionDecl, _ labels: [String?]) -> String {
        let have = labels.map { ($0 ?? "_") + ":" }.joined()
        let expected = decl.params.map { ($0.label ?? "_") + ":" }.joined()
        let required = decl.params.filter { $0.defaultValue == nil && !$0.isVariadic }.count
        if labels.count > decl.params.count && !decl.params.contains(where: \.isVariadic) {
            return labels.count - decl.params.count == 1 ? "extra argument in call" : "extra arguments in call"
        }
        if labels.count < required {
            let missing = decl.params.filter { p in p.defaultValue == nil && !labels.contains(p.label) }
            if let m = missing.first {
                return "missing argument for parameter \(m.label.map { "'\($0)'" } ?? "#\(1 + (decl.params.firstIndex { $0.name == m.name } ?? 0))") in call"
            }
        }
        let plural = labels.count > 1 ? "s" : ""
        return "incorrect argument label\(plural) in call (have '\(have)', expected '\(expected)')"
    }

    /// Calls a lesson function. `receiver` becomes `self`; returns the result and the frame
    /// (for inout write-back and mutating `self`).
    @discardableResult
    func invoke(_ decl: FunctionDecl, env: Frame?, receiver: Value?, args: [Value], labels: [String?],
                literal: [Bool]? = nil, loc: SourceLoc,
                inoutBack: ((Frame, [Int]) throws -> Void)? = nil) throws -> (Value, Frame) {
        try rt.enterCall(loc)
        defer { rt.depth -= 1 }
        let frame = Frame.make(count: decl.slotCount, parent: env)
        let argSlots = try bind(decl, args, labels, literal, into: frame, loc: loc, needSlots: inoutBack != nil)
        if let s = decl.selfSlot, let receiver { frame[s] = receiver }
        do { _ = try decl.body(frame) } catch { throw rt.relocate(error, to: loc) }
        if let inoutBack { try inoutBack(frame, argSlots) }
        return (coerce(frame.returnValue, to: decl.returnType, literal: false), frame)
    }

    /// Calls a method with `receiver` as `self` (non-mutating use).
    func callMethod(_ decl: FunctionDecl, receiver: Value, args: [Value], labels: [String?]? = nil,
                    loc: SourceLoc) throws -> Value {
        try invoke(decl, env: nil, receiver: receiver, args: args,
                   labels: labels ?? decl.params.map(\.label), loc: loc).0
    }

    /// Picks the overload of `decls` that accepts `labels`.
    func choose(_ decls: [FunctionDecl], _ labels: [String?], name: String, loc: SourceLoc) throws -> FunctionDecl {
        if decls.count == 1 { return decls[0] }
        if let d = decls.first(where: { $0.accepts(labels: labels) }) { return d }
        let have = labels.map { ($0 ?? "_") + ":" }.joined()
        throw LecternError("no '\(name)' accepts the arguments (\(have)); candidates: "
                           + decls.map(\.signature).joined(separator: ", "), at: loc)
    }

    /// Calls any callable value with evaluated arguments.
    func call(_ callee: Value, _ args: [Value], _ labels: [String?], literal: [Bool]? = nil,
              loc: SourceLoc, inoutBack: ((Frame, [Int]) throws -> Void)? = nil) throws -> Value {
        switch callee {
        case .function(let c):
            if c.kind == .closure {
                let closure = unsafeDowncast(c, to: Closure.self)
                let decl = closure.decl
                // Closures ignore labels (Swift: closures have no argument labels).
                let l = decl.params.allSatisfy({ $0.label == nil }) ? labels.map { _ in nil } : labels
                return try invoke(decl, env: closure.env, receiver: nil, args: args, labels: l,
                                  literal: literal, loc: loc, inoutBack: inoutBack).0
            }
            if let bound = c as? BoundMethod {
                let decl = try choose(bound.decls, labels, name: bound.name, loc: loc)
                return try invoke(decl, env: nil, receiver: bound.receiver, args: args, labels: labels,
                                  literal: literal, loc: loc, inoutBack: inoutBack).0
            }
            if let set = c as? OverloadSet {
                let decl = try choose(set.decls, labels, name: set.name, loc: loc)
                return try invoke(decl, env: nil, receiver: nil, args: args, labels: labels,
                                  literal: literal, loc: loc, inoutBack: inoutBack).0
            }
            if let b = c as? Builtin {
                do { return try b.body(args, labels.map { $0 == "$trailing" ? nil : $0 }) } catch let e as UnlocatedError {
                    throw LecternError(e.message, at: loc)
                } catch let e as LecternError {
                    throw e
                } catch let e as ThrownError {
                    throw rt.relocate(e, to: loc)  // a native's error, located at this call
                } catch {
                    throw ThrownError(value: .native(NativeError(error)), loc: loc)
                }
            }
            throw LecternError("cannot call value of type 'function'", at: loc)
        case .type(let t):
            return try construct(t, args, labels, literal: literal, loc: loc, inoutBack: inoutBack)
        case .native(let o) where library.nativeType(of: o)?.findMethod("callAsFunction") != nil:
            // `f(z)` where `f` is an `Activation`: the native type's `callAsFunction`.
            return try callMember(callee, "callAsFunction", args, labels, literal: literal, loc: loc)
        default:
            throw LecternError("cannot call value of non-function type '\(callee.typeName)'", at: loc)
        }
    }

    /// Calls a closure-like value with positional arguments (used by map, filter, sorted…).
    @inline(__always)
    func callFunction(_ f: Value, _ args: [Value], loc: SourceLoc) throws -> Value {
        if case .function(let c) = f, c.kind == .closure {
            let closure = unsafeDowncast(c, to: Closure.self)
            let decl = closure.decl
            try rt.enterCall(loc)
            defer { rt.depth -= 1 }
            let frame = Frame.make(count: decl.slotCount, parent: closure.env)
            let params = decl.params
            if params.count == args.count {
                let slots = frame.slots
                for i in 0..<args.count { slots[params[i].slot] = coerce(args[i], to: params[i].type, literal: false) }
            } else if params.count == 1, args.count > 1 {
                // `{ pair in … }` receiving a tuple's elements (as Swift passes tuples).
                frame[params[0].slot] = .tuple(TupleValue(elements: args, labels: nil))
            } else if params.count > 1, args.count == 1, case .tuple(let t) = args[0], t.elements.count == params.count {
                for i in 0..<params.count { frame[params[i].slot] = t.elements[i] }
            } else {
                throw LecternError("contextual closure type expects \(args.count) argument\(args.count == 1 ? "" : "s"), but \(params.count) \(params.count == 1 ? "was" : "were") used in closure body", at: loc)
            }
            do { _ = try decl.body(frame) } catch { throw rt.relocate(error, to: loc) }
            return frame.returnValue
        }
        // `zip(a, b).map(*)`: a two-parameter function receives the pair's elements.
        if args.count == 1, case .tuple(let t) = args[0], t.elements.count > 1, case .function(let c) = f,
           c is OverloadSet || (c as? Builtin).map({ $0.builtinName != "keyPath" }) == true {
            return try call(f, t.elements, t.elements.map { _ in nil }, loc: loc)
        }
        return try call(f, args, args.map { _ in nil }, loc: loc)
    }

    // MARK: Construction

    /// `T(args)`: an initialiser of a lesson type or a builtin conversion.
    func construct(_ t: TypeRef, _ args: [Value], _ labels: [String?], literal: [Bool]?, loc: SourceLoc,
                   inoutBack: ((Frame, [Int]) throws -> Void)? = nil) throws -> Value {
        switch t {
        case .builtin(let spec):
            return try convert(spec, args, labels, loc: loc)
        case .user(let type):
            return try constructUser(type, args, labels, literal: literal, loc: loc)
        }
    }

    func defaultFields(_ type: TypeInfo, frame: Frame?) throws -> [Value] {
        var fields: [Value] = []
        var chain: [TypeInfo] = []
        var t: TypeInfo? = type
        while let c = t { chain.insert(c, at: 0); t = c.superclass }
        for c in chain {
            for f in c.fields {
                if let e = f.initial {
                    fields.append(coerce(try e(frame ?? Frame.make(count: 0, parent: nil)), to: f.type, literal: f.initialIsLiteral))
                } else if case .optional = f.type, !f.isLet {
                    fields.append(.none)
                } else {
                    fields.append(.unset)
                }
            }
        }
        return fields
    }

    /// `preferring` names the initialiser the type checker chose among overloads by type.
    func constructUser(_ type: TypeInfo, _ args: [Value], _ labels: [String?], literal: [Bool]?, loc: SourceLoc,
                       preferring: SyntaxIdentifier? = nil) throws -> Value {
        switch type.kind {
        case .enumType:
            // `Planet(rawValue: 3)`
            if labels == ["rawValue"], args.count == 1 {
                for (i, c) in type.cases.enumerated() {
                    if let raw = c.rawValue, valuesEqual(raw, args[0]) {
                        return .some(.enumValue(EnumValue(type: type, caseIndex: i, payload: [])))
                    }
                }
                return .none
            }
            if !type.initializers.isEmpty { break }
            throw LecternError("'\(type.name)' cannot be constructed because it has no accessible initializers", at: loc)
        default: break
        }
        let inits = allInitializers(type)
        if type.kind == .structType, !type.hasBodyInitializer, !inits.contains(where: { $0.accepts(labels: labels) }) {
            return try memberwise(type, args, labels, literal: literal, loc: loc)
        }
        if inits.isEmpty {
            if type.kind == .structType { return try memberwise(type, args, labels, literal: literal, loc: loc) }
            if type.kind == .classType, args.isEmpty {
                let fields = try defaultFields(type, frame: nil)
                if let i = fields.firstIndex(where: { if case .unset = $0 { return true }; return false }) {
                    throw LecternError("class '\(type.name)' has no initializers (stored property '\(type.fields[i].name)' has no default value)", at: loc)
                }
                return .object(ObjectValue(type: type, fields: fields))
            }
            throw LecternError("'\(type.name)' has no initializer accepting (\(labels.map { ($0 ?? "_") + ":" }.joined()))", at: loc)
        }
        let decl: FunctionDecl
        if let p = preferring, let d = inits.first(where: { $0.declaration == p }) { decl = d } else if let d = inits.first(where: { $0.accepts(labels: labels) }) { decl = d } else {
            if inits.count == 1 { throw LecternError(labelMismatch(inits[0], labels), at: loc) }
            throw LecternError("no initializer of '\(type.name)' accepts (\(labels.map { ($0 ?? "_") + ":" }.joined())); candidates: " + inits.map { "init(" + $0.params.map { ($0.label ?? "_") + ":" }.joined() + ")" }.joined(separator: ", "), at: loc)
        }
        let initial: Value
        if type.kind == .classType {
            initial = .object(ObjectValue(type: type, fields: try defaultFields(type, frame: nil)))
        } else if type.kind == .structType {
            initial = .structValue(StructValue(type: type, fields: try defaultFields(type, frame: nil)))
        } else {
            initial = .unset
        }
        let (_, frame) = try invoke(decl, env: nil, receiver: initial, args: args, labels: labels, literal: literal, loc: loc)
        guard let s = decl.selfSlot else { return initial }
        let result = frame[s]
        if case .structValue(let sv) = result, let i = sv.fields.firstIndex(where: { if case .unset = $0 { return true }; return false }) {
            throw LecternError("return from initializer without initializing all stored properties ('\(type.fields[i].name)')", at: loc)
        }
        return result
    }

    private func allInitializers(_ type: TypeInfo) -> [FunctionDecl] {
        var t: TypeInfo? = type
        while let c = t { if !c.initializers.isEmpty { return c.initializers }; t = c.superclass }
        return []
    }

    /// Swift's memberwise initialiser: stored properties in order; those with defaults optional.
    func memberwise(_ type: TypeInfo, _ args: [Value], _ labels: [String?], literal: [Bool]?, loc: SourceLoc) throws -> Value {
        var fields: [Value] = []
        var i = 0
        for f in type.fields {
            if i < args.count, labels[i] == f.name, !(f.isLet && f.initial != nil) {
                fields.append(coerce(args[i], to: f.type, literal: literal?[i] ?? false)); i += 1
            } else if let e = f.initial {
                fields.append(coerce(try e(Frame.make(count: 0, parent: nil)), to: f.type, literal: f.initialIsLiteral))
            } else if case .optional = f.type, !f.isLet {
                fields.append(.none)
            } else {
                let expected = type.fields.filter { !($0.isLet && $0.initial != nil) }.map { $0.name + ":" }.joined()
                let have = labels.map { ($0 ?? "_") + ":" }.joined()
                if !labels.contains(f.name) && labels.count < type.fields.count {
                    throw LecternError("missing argument for parameter '\(f.name)' in call", at: loc)
                }
                throw LecternError("incorrect argument label\(labels.count > 1 ? "s" : "") in call (have '\(have)', expected '\(expected)')", at: loc)
            }
        }
        if i < args.count {
            let expected = type.fields.filter { !($0.isLet && $0.initial != nil) }.map { $0.name + ":" }.joined()
            let have = labels.map { ($0 ?? "_") + ":" }.joined()
            if labels.count > type.fields.count { throw LecternError("extra argument '\(labels[i] ?? "_")' in call", at: loc) }
            throw LecternError("incorrect argument label\(labels.count > 1 ? "s" : "") in call (have '\(have)', expected '\(expected)')", at: loc)
        }
        return .structValue(StructValue(type: type, fields: fields))
    }
}
