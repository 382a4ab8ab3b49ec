import SwiftSyntax

/// A lowered call argument.
struct ArgumentCode {
    var label: String?
    var code: Code.Expr
    var isLiteral: Bool
    /// For `&x`: the storage written back after the call.
    var inoutTarget: Code.Modify?
    /// A current-frame variable passed as is (read without a closure call).
    var localSlot: Int?
}

/// The code of a call's first argument, for a plan's one-argument fast path (`{ _ in .void }`
/// when there is none). Spelled without `??` or `?.`: passing a closure through a generic
/// function wraps it in two reabstraction thunks, which every call then runs.
func firstArgumentCode(_ args: [ArgumentCode]) -> Code.Expr {
    if args.isEmpty { return { _ in .void } }
    return args[0].code
}

/// The label given to a trailing closure: it matches whichever parameter comes next.
let trailingClosureLabel = "$trailing"

/// Calls: functions, methods, initialisers, enum cases and the builtin free functions.
extension Lowerer {
    func lowerArguments(_ call: FunctionCallExprSyntax, expected expected0: [TypeSpec?] = []) throws -> [ArgumentCode] {
        var out: [ArgumentCode] = []
        let total = call.arguments.count + (call.trailingClosure == nil ? 0 : 1) + call.additionalTrailingClosures.count
        let expected = expected0.count == total ? expected0 : []
        for (i, a) in call.arguments.enumerated() {
            let label = a.label?.text
            if let io = a.expression.as(InOutExprSyntax.self) {
                try checkMutable(io.expression, .inoutArgument)
                let lv = try lowerLValue(io.expression)
                let modify = lv.modify
                // Read as a value: going through `modify` would run a property's observers twice.
                let read = try lowerExpr(io.expression).code
                out.append(ArgumentCode(label: label, code: read, isLiteral: false, inoutTarget: modify))
                continue
            }
            let lowered = try lowerExpr(a.expression, expected: i < expected.count ? expected[i] : nil)
            var slot: Int?
            if case .local(let s)? = lowered.source { slot = s }
            out.append(ArgumentCode(label: label, code: lowered.code, isLiteral: lowered.isLiteral, inoutTarget: nil, localSlot: slot))
        }
        if let t = call.trailingClosure {
            let e = expected.count == total ? expected[call.arguments.count] : nil
            // The checker matched the closure to a parameter: pass it under that parameter's label.
            let label = facts.trailingClosureLabels[call.id].map { $0.isEmpty ? nil : $0 } ?? trailingClosureLabel
            out.append(ArgumentCode(label: label, code: try lowerClosure(t, expected: e).code,
                                    isLiteral: false, inoutTarget: nil))
        }
        for extra in call.additionalTrailingClosures {
            out.append(ArgumentCode(label: extra.label.text, code: try lowerClosure(extra.closure, expected: nil).code,
                                    isLiteral: false, inoutTarget: nil))
        }
        return out
    }

    /// Evaluates arguments in order.
    @inline(__always)
    func evaluate(_ args: [ArgumentCode], _ f: Frame) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(args.count)
        for a in args { values.append(try a.code(f)) }
        return values
    }

    /// Writes inout arguments back after a call.
    func inoutWriter(_ args: [ArgumentCode], _ caller: Frame) -> ((Frame, [Int]) throws -> Void)? {
        guard args.contains(where: { $0.inoutTarget != nil }) else { return nil }
        return { callee, slots in
            for (i, a) in args.enumerated() {
                guard let modify = a.inoutTarget, i < slots.count, slots[i] >= 0 else { continue }
                let v = callee[slots[i]]
                try modify(caller) { $0 = v }
            }
        }
    }

    func lowerCall(_ call: FunctionCallExprSyntax, expected: TypeSpec?) throws -> LoweredExpr {
        let l = loc(call)
        let ev = self.ev
        let callee = call.calledExpression
        if let d = callee.as(DeclReferenceExprSyntax.self) {
            let name = d.baseName.text
            let ref = resolve(name)
            if let id = facts.declarationChosenByType(for: call) {
                switch ref {
                case .global, .member:
                    let args = try lowerArguments(call)
                    var receiver: Code.Expr?
                    if case .member(let depth, let ss, _) = ref { receiver = { f in f.ancestor(depth)[ss] } }
                    if let m = facts.callee(of: call), m.isStatic { receiver = nil }
                    return LoweredExpr(code: chosenDeclarationCall(id, receiver: receiver, args: args, l))
                default: break
                }
            }
            switch ref {
            case .notFound:
                return try lowerBuiltinCall(name, call, l)
            case .userType(let t):
                let expectedArgs = initializerParamTypes(t, call)
                let args = try lowerArguments(call, expected: expectedArgs)
                let labels = args.map(\.label)
                let literal = args.map(\.isLiteral)
                let chosen = facts.declarationChosenByType(for: call)
                let built = constructedType(t, call)  // `Box(value: 1.5)` builds a `Box<Double>`
                let general = genericConstruction(t) { f in
                    try ev.constructUser(built(f), try self.evaluate(args, f), labels, literal: literal, loc: l, preferring: chosen)
                }
                return LoweredExpr(code: memberwiseConstruction(t, args, general) ?? general, type: .named(t.name))
            case .nativeType(let nt):
                let args = try lowerArguments(call)
                let labels = args.map { $0.label == trailingClosureLabel ? nil : $0.label }
                let lib = ev.library
                return LoweredExpr(code: { f in
                    do { return try lib.call(nt.initializers, name: nt.name, try self.evaluate(args, f), labels, at: l) } catch let e as UnlocatedError {
                        throw LecternError(e.message, at: l)
                    }
                })
            case .builtinType(let spec):
                // `Array(repeating: 0, count: n)` where `[Double]` is expected.
                switch (spec, expected) {
                case (.array, .array?), (.dictionary, .dictionary?), (.set, .set?):
                    if let expected { return try lowerConversion(expected, call, l) }
                default: break
                }
                return try lowerConversion(spec, call, l)
            case .member(let depth, let ss, let type):
                let args = try lowerArguments(call)
                let labels = args.map(\.label)
                let literal = args.map(\.isLiteral)
                if let chosen = facts.callee(of: call), chosen.isLesson, chosen.signature != nil, !chosen.isMutating, !chosen.isStatic,
                   args.allSatisfy({ $0.inoutTarget == nil }) {
                    // `dot(self)` inside a method: a non-mutating method of `self`, called on its value.
                    return LoweredExpr(code: implicitSelfMethodCall(name, depth: depth, selfSlot: ss, args, l))
                }
                if type.findMethod(name) != nil || type.staticMethods[name] != nil || type.isBuiltinExtension || type.isProtocol {
                    return LoweredExpr(code: { f in
                        let values = try self.evaluate(args, f)
                        return try ev.callMutatingMember(&f.ancestor(depth)[ss], name, values, labels,
                                                         literal: literal, staticType: nil, loc: l)
                    })
                }
                let read = readCode(ref, name, l)
                return LoweredExpr(code: { f in try ev.call(try read(f), try self.evaluate(args, f), labels, literal: literal, loc: l) })
            case .local, .global:
                let read = readCode(ref, name, l)
                var paramTypes: [TypeSpec?] = []
                var resultType: TypeSpec?
                if case .global = ref {
                    paramTypes = rt.functionParamTypes[name] ?? []
                    resultType = rt.functionResultTypes[name]
                    // `&` must match `inout`, as the compiler checks.
                    if let inouts = rt.functionInoutParams[name], inouts.count == call.arguments.count {
                        for (a, isInout) in zip(call.arguments, inouts) {
                            let hasAmpersand = a.expression.is(InOutExprSyntax.self)
                            if isInout && !hasAmpersand {
                                throw LecternError("passing value to an inout parameter requires explicit '&'", at: loc(a.expression))
                            }
                            if !isInout && hasAmpersand {
                                throw LecternError("'&' used with non-inout argument", at: loc(a.expression))
                            }
                        }
                    }
                } else if case .local(_, _, .closure(let ps, let r)?) = ref {
                    paramTypes = ps
                    resultType = r
                }
                let args = try lowerArguments(call, expected: paramTypes)
                let labels = args.map(\.label)
                let literal = args.map(\.isLiteral)
                if args.allSatisfy({ $0.inoutTarget == nil }) {
                    if case .global(let g, .function?) = ref {
                        return LoweredExpr(code: globalFunctionCall(g, read, args, l), type: resultType)
                    }
                    return LoweredExpr(code: fastCall(read, args, l), type: resultType)
                }
                return LoweredExpr(code: { f in
                    try ev.call(try read(f), try self.evaluate(args, f), labels, literal: literal, loc: l,
                                inoutBack: self.inoutWriter(args, f))
                })
            }
        }
        if let m = callee.as(MemberAccessExprSyntax.self) { return try lowerMethodCall(m, call, expected: expected, loc(m.declName)) }
        if let a = callee.as(ArrayExprSyntax.self), let t = try staticBase(ExprSyntax(a)) {
            return try lowerConversion(typeSpecOf(t), call, l)
        }
        if let d = callee.as(DictionaryExprSyntax.self), let t = try staticBase(ExprSyntax(d)) {
            return try lowerConversion(typeSpecOf(t), call, l)
        }
        if let g = callee.as(GenericSpecializationExprSyntax.self), let lesson = try lowerSpecializedConstruction(g, call, l) {
            return lesson  // `Stack<Int>()`
        }
        if let g = callee.as(GenericSpecializationExprSyntax.self), let t = try staticBase(ExprSyntax(g)) {
            return try lowerConversion(typeSpecOf(t), call, l)
        }
        let calleeCode = try lowerExpr(callee).code
        let args = try lowerArguments(call)
        let labels = args.map(\.label)
        let literal = args.map(\.isLiteral)
        return LoweredExpr(code: { f in
            try ev.call(try calleeCode(f), try self.evaluate(args, f), labels, literal: literal, loc: l,
                        inoutBack: self.inoutWriter(args, f))
        })
    }

    /// Calls a function value; a lesson function whose parameters match the arguments one to
    /// one gets its frame filled directly, without intermediate arrays.
    private func fastCall(_ read: @escaping Code.Expr, _ args: [ArgumentCode], _ l: SourceLoc) -> Code.Expr {
        let ev = self.ev, rt = self.rt
        let labels = args.map(\.label)
        let literal = args.map(\.isLiteral)
        let codes = args.map { ExprBox($0.code) }
        let n = args.count
        // What this call site learnt about the function it called last.
        let cache = CallSiteCache()
        let first = firstArgumentCode(args)
        return { f in
            let callee = try read(f)
            if case .function(let c) = callee, c.kind == .closure {
                let closure = unsafeDowncast(c, to: Closure.self)
                var plan = cache.plan
                if plan?.decl !== closure.decl {
                    plan = CallPlan(closure.decl, labels: labels, literal: literal)
                    cache.plan = plan
                }
                if let plan, plan.direct, plan.selfSlot < 0 {
                    return try plan.run(env: closure.env, arguments: f, count: n, first: first, codes: codes,
                                        literal: literal, rt: rt, loc: l)
                }
            }
            var values: [Value] = []
            values.reserveCapacity(n)
            for c in codes { values.append(try c.eval(f)) }
            return try ev.call(callee, values, labels, literal: literal, loc: l)
        }
    }

    /// `Vec2(x: a, y: b)` naming every stored property of a non-generic struct in order: while
    /// the struct has no declared initialiser (an extension may add one later), its memberwise
    /// initialiser fills the fields straight from the arguments; otherwise `general` runs.
    private func memberwiseConstruction(_ t: TypeInfo, _ args: [ArgumentCode], _ general: @escaping Code.Expr) -> Code.Expr? {
        let fields = t.fields
        guard t.kind == .structType, t.genericParameters.isEmpty, !t.declaration.hasLazyFields, args.count == fields.count,
              zip(fields, args).allSatisfy({ f, a in a.label == f.name && a.inoutTarget == nil && !(f.isLet && f.initial != nil) })
        else { return nil }
        let types = fields.map(\.type)
        let literal = args.map(\.isLiteral)
        let codes = args.map { ExprBox($0.code) }
        return { f in
            guard t.initializers.isEmpty, !t.hasBodyInitializer else { return try general(f) }
            var values: [Value] = []
            values.reserveCapacity(codes.count)
            for i in 0..<codes.count { values.append(coerce(try codes[i].eval(f), to: types[i], literal: literal[i])) }
            return .structValue(StructValue(type: t, fields: values))
        }
    }

    /// Calls method `name` of the `self` found `depth` frames out, dispatched on its dynamic type
    /// (a class's override, a protocol's default), through a direct plan when the method has one.
    private func implicitSelfMethodCall(_ name: String, depth: Int, selfSlot ss: Int, _ args: [ArgumentCode],
                                        _ l: SourceLoc) -> Code.Expr {
        let ev = self.ev, rt = self.rt
        let labels = args.map(\.label), literal = args.map(\.isLiteral)
        let cache = MethodCache()
        cache.literal = literal
        let n = args.count
        let codes = args.map { ExprBox($0.code) }
        let first = firstArgumentCode(args)
        return { f in
            let r = f.ancestor(depth)[ss]
            if let decl = cache.lookup(r, name, labels, rt.functionEpoch), !decl.isMutating {
                if let unmanaged = cache.fast {
                    return try unmanaged._withUnsafeGuaranteedRef { plan in
                        try plan.run(env: nil, receiver: r, arguments: f, count: n, first: first, codes: codes,
                                     literal: literal, rt: rt, loc: l)
                    }
                }
                let values = try self.evaluate(args, f)
                return try ev.invoke(decl, env: nil, receiver: r, args: values, labels: labels, literal: literal, loc: l).0
            }
            let values = try self.evaluate(args, f)
            return try ev.callMutatingMember(&f.ancestor(depth)[ss], name, values, labels, literal: literal, staticType: nil, loc: l)
        }
    }

    /// `super.init(…)` and `super.method(…)` inside a subclass: the superclass's declaration,
    /// called on the same object.
    private func lowerSuperCall(_ name: String, _ call: FunctionCallExprSyntax, _ l: SourceLoc, _ node: ExprSyntax) throws -> LoweredExpr {
        var depth = 0
        var s: FunctionScope? = scope
        while let sc = s, sc.selfSlot == nil { depth += 1; s = sc.parent }
        guard let sc = s, let type = sc.selfType, let ss = sc.selfSlot, let parent = type.superclass else {
            throw LecternError("'super' is only valid inside a method of a subclass", at: loc(node))
        }
        let args = try lowerArguments(call)
        let labels = args.map(\.label)
        let literal = args.map(\.isLiteral)
        let ev = self.ev
        let d = depth
        return LoweredExpr(code: { f in
            let receiver = f.ancestor(d)[ss]
            let values = try self.evaluate(args, f)
            let decls: [FunctionDecl]
            if name == "init" {
                var t: TypeInfo? = parent
                while let c = t, c.initializers.isEmpty { t = c.superclass }
                guard let found = t?.initializers, !found.isEmpty else {
                    if values.isEmpty { return .void }
                    throw LecternError("superclass '\(parent.name)' has no initializer accepting these arguments", at: l)
                }
                decls = found
            } else {
                guard let found = parent.findMethod(name) else {
                    throw LecternError("value of type '\(parent.name)' has no member '\(name)'", at: l)
                }
                decls = found
            }
            let decl = try ev.choose(decls, labels, name: name, loc: l)
            let result = try ev.invoke(decl, env: nil, receiver: receiver, args: values, labels: labels, literal: literal, loc: l).0
            return name == "init" ? .void : result
        })
    }

    /// Calls a top-level function. Such functions change only when redeclared, so the call plan
    /// is cached until the session's function epoch moves; the call then skips reading the global.
    private func globalFunctionCall(_ g: Int, _ read: @escaping Code.Expr, _ args: [ArgumentCode], _ l: SourceLoc) -> Code.Expr {
        let rt = self.rt
        let n = args.count
        let labels = args.map(\.label)
        let literal = args.map(\.isLiteral)
        let codes = args.map { ExprBox($0.code) }
        let first = firstArgumentCode(args)
        let cache = GlobalCallCache()
        let general = fastCall(read, args, l)
        return { f in
            if cache.epoch != rt.functionEpoch {
                cache.epoch = rt.functionEpoch
                cache.plan = nil
                if case .function(let c) = rt.globals[g], c.kind == .closure {
                    let closure = unsafeDowncast(c, to: Closure.self)
                    let plan = CallPlan(closure.decl, labels: labels, literal: literal)
                    if plan.direct && plan.selfSlot < 0 && closure.env == nil { cache.plan = plan }
                }
            }
            guard let unmanaged = cache.fast else { return try general(f) }
            return try unmanaged._withUnsafeGuaranteedRef { plan in
                try plan.run(env: nil, arguments: f, count: n, first: first, codes: codes, literal: literal, rt: rt, loc: l)
            }
        }
    }

    private func initializerParamTypes(_ t: TypeInfo, _ call: FunctionCallExprSyntax) -> [TypeSpec?] {
        let labels = call.arguments.map { $0.label?.text }
        if let i = t.initializers.first(where: { $0.accepts(labels: labels) }) {
            return labels.map { label in i.params.first { $0.label == label }?.type }
        }
        if t.initializers.isEmpty, t.kind == .structType {
            return labels.map { label in t.fields.first { $0.name == label }?.type }
        }
        return []
    }

    /// `base.name(args)`: static calls, enum cases, and methods (through storage if mutating).
    private func lowerMethodCall(_ m: MemberAccessExprSyntax, _ call: FunctionCallExprSyntax, expected: TypeSpec?,
                                 _ l: SourceLoc) throws -> LoweredExpr {
        let name = m.declName.baseName.text
        let ev = self.ev
        guard let base = m.base else {
            // `.circle(radius: 2)` — an enum case or static method of the contextual type.
            let callee = try lowerImplicitMember(name, expected: expected, called: true, loc(m))
            let calleeCode = callee.code
            var payloadTypes: [TypeSpec?] = []
            if case .named(let tn)? = callee.type, let t = lookupType(tn), let i = t.caseIndex[name] { payloadTypes = t.cases[i].payloadTypes }
            let args = try lowerArguments(call, expected: payloadTypes)
            let labels = args.map(\.label)
            let literal = args.map(\.isLiteral)
            return LoweredExpr(code: { f in
                try ev.call(try calleeCode(f), try self.evaluate(args, f), labels, literal: literal, loc: l)
            }, type: callee.type)
        }
        if base.is(SuperExprSyntax.self) { return try lowerSuperCall(name, call, l, base) }
        if let dispatched = try lowerStaticallyDispatchedCall(m, call) { return dispatched }
        if let typeValue = try dynamicTypeBase(base) {
            // `L.describe()`, `Self.make()`: a static member of the type only the running call knows.
            let args = try lowerArguments(call)
            let labels = args.map(\.label), literal = args.map(\.isLiteral)
            return LoweredExpr(code: { f in
                try ev.callMember(try typeValue(f), name, try self.evaluate(args, f), labels, literal: literal, loc: l)
            })
        }
        if let id = facts.declarationChosenByType(for: call), let chosen = facts.callee(of: call), !chosen.isMutating {
            // Overloads by type (`func scale(_ by: Double)`, `func scale(_ by: V)`): the checker's choice.
            let args = try lowerArguments(call)
            if chosen.name == "init" {
                let baseType = try lowerExpr(base).code
                let labels = args.map(\.label), literal = args.map(\.isLiteral)
                return LoweredExpr(code: { f in
                    guard case .type(.user(let t)) = try baseType(f) else {
                        return try ev.call(try baseType(f), try self.evaluate(args, f), labels, literal: literal, loc: l)
                    }
                    return try ev.constructUser(t, try self.evaluate(args, f), labels, literal: literal, loc: l, preferring: id)
                })
            }
            let receiver = chosen.isStatic ? nil : try lowerExpr(base).code
            return LoweredExpr(code: chosenDeclarationCall(id, receiver: receiver, args: args, l))
        }
        // `Foundation.exp(x)`, `Swift.max(a, b)`: module-qualified free functions.
        if let module = base.as(DeclReferenceExprSyntax.self)?.baseName.text, Lowerer.allowedImports.contains(module) || module == "Glibc",
           case .notFound = resolve(module) {
            // The module's function, even where a method of the same name is in scope.
            if ev.library.functions[name] != nil || ["print", "max", "min", "abs", "stride", "zip", "swap"].contains(name) {
                return try lowerBuiltinCall(name, call, l)
            }
            if case .notFound = resolve(name) { return try lowerBuiltinCall(name, call, l) }
        }
        if name == "init", base.as(DeclReferenceExprSyntax.self)?.baseName.text == "self", let t = scope.selfType, let ss = scope.selfSlot {
            // `self.init(…)` inside an initialiser delegates to another initialiser.
            let args = try lowerArguments(call, expected: initializerParamTypes(t, call))
            let labels = args.map(\.label)
            let literal = args.map(\.isLiteral)
            return LoweredExpr(code: { f in
                let v = try ev.constructUser(t, try self.evaluate(args, f), labels, literal: literal, loc: l)
                if case .object(let new) = v, case .object(let current) = f[ss] {
                    current.fields = new.fields
                } else {
                    f[ss] = v
                }
                return .void
            })
        }
        if let d = base.as(DeclReferenceExprSyntax.self), case .nativeType(let nt) = resolve(d.baseName.text) {
            // `Tensor.zeros([2, 3])`, `Datasets.moons(count: 200, seed: 1)`, `Activation.sigmoid(0.5)`.
            let callee = try nativeStaticMember(nt, name, called: true, l)
            let args = try lowerArguments(call)
            let labels = args.map(\.label)
            let literal = args.map(\.isLiteral)
            return LoweredExpr(code: { f in
                try ev.call(try callee(), try self.evaluate(args, f), labels, literal: literal, loc: l)
            })
        }
        if let t = try staticBase(base) {
            if case .builtin = t, name == "random" {
                throw LecternError(forbiddenFunctions["random"] ?? "random is not allowed", at: loc(m))
            }
            var expectedArgs: [TypeSpec?] = []
            if case .user(let ut) = t, let i = ut.caseIndex[name] { expectedArgs = ut.cases[i].payloadTypes }
            if case .user(let ut) = t, let ms = ut.staticMethods[name], let d = ms.first { expectedArgs = d.params.map(\.type) }
            let args = try lowerArguments(call, expected: expectedArgs)
            let labels = args.map(\.label)
            let literal = args.map(\.isLiteral)
            let value = Value.type(t)
            return LoweredExpr(code: { f in
                try ev.callMember(value, name, try self.evaluate(args, f), labels, literal: literal, loc: l)
            })
        }
        var methodParams: [TypeSpec?] = []
        // `xs.append((x, 1))` where `xs: [([Double], Double)]`: the element type types the literal.
        if let baseType = try? staticTypeOf(base), case .array(let element) = baseType {
            switch name {
            case "append" where call.arguments.count == 1 && call.arguments.first?.label == nil: methodParams = [element]
            case "insert" where call.arguments.count == 2: methodParams = [element, .int]
            case "contains", "firstIndex", "lastIndex": methodParams = [element]
            default: break
            }
        }
        if let baseType = try? staticTypeOf(base), case .named(let tn) = baseType, let t = lookupType(tn),
           let ms = t.findMethod(name) {
            let callLabels = call.arguments.map { $0.label?.text } + (call.trailingClosure == nil ? [] : [trailingClosureLabel])
            if let d = ms.first(where: { $0.accepts(labels: callLabels) }), d.params.count == callLabels.count {
                methodParams = d.params.map(\.type)
            }
        }
        let args = try lowerArguments(call, expected: methodParams)
        let labels = args.map(\.label)
        let literal = args.map(\.isLiteral)
        var mutating = mutatingBuiltinMethods.contains(name) || mutatingNames.contains(name)
            || ev.library.isMutatingNativeMethod(name)
        // The checker knows which method this is: a lesson's non-mutating method (a class's, say)
        // is called on the value, whatever other types' methods of that name do.
        if let chosen = facts.callee(of: call), chosen.isLesson, chosen.signature != nil, !chosen.isMutating { mutating = false }
        if mutating, isStorage(base) {
            if mutatingBuiltinMethods.contains(name) || isMutatingMethodOfStaticType(base, name) { try checkMutable(base, .mutatingCall) }
            let target = try lowerLValue(base)
            let modify = target.modify
            let staticType = target.type
            if name == "append", labels == [nil], !literal[0] {
                // The common case, kept free of name dispatch: `xs.append(x)`.
                let arg = args[0].code
                let rt = self.rt
                return LoweredExpr(code: { f in
                    let x = try arg(f)
                    try modify(f) { v in
                        if case .array = v {
                            var a = v.takeArray() ?? []
                            if a.count >= rt.limits.maxAllocation { try rt.allocate(a.count + 1, l) }
                            try rt.allocate(1, l)
                            a.append(wrapIfOptionalElements(x, a.first))
                            v = .array(a)
                        } else {
                            _ = try ev.callMutatingMember(&v, name, [x], labels, literal: literal, staticType: staticType, loc: l)
                        }
                    }
                    return .void
                })
            }
            let cache = MethodCache()
            let rt = self.rt
            let hasInout = args.contains { $0.inoutTarget != nil }
            return LoweredExpr(code: { f in
                let values = try self.evaluate(args, f)
                var result: Value = .void
                if hasInout { ev.library.inoutWrites.removeAll() }
                try modify(f) { v in
                    if let decl = cache.lookup(v, name, labels, rt.functionEpoch), decl.isMutating {
                        result = try ev.invokeMutating(decl, &v, values, labels, literal, l,
                                                       inoutBack: hasInout ? self.inoutWriter(args, f) : nil)
                    } else {
                        result = try ev.callMutatingMember(&v, name, values, labels, literal: literal, staticType: staticType, loc: l)
                    }
                }
                if hasInout {
                    // `rng.shuffle(&array)`: a native set the new value of its inout argument.
                    let writes = ev.library.inoutWrites
                    ev.library.inoutWrites.removeAll()
                    for (i, new) in writes where i < args.count {
                        if let target = args[i].inoutTarget { try target(f) { $0 = new } }
                    }
                }
                return result
            })
        }
        let receiverLowered = try lowerExpr(base)
        let receiver = receiverLowered.code
        var resultType: TypeSpec?
        if case .array(let e)? = receiverLowered.type {
            switch name {
            case "min", "max", "first", "last", "randomElement", "popLast": resultType = .optional(e)
            case "sorted", "filter", "reversed", "shuffled": resultType = .array(e)
            case "reduce": resultType = e
            default: break
            }
        }
        if args.contains(where: { $0.inoutTarget != nil }) {
            return LoweredExpr(code: { f in
                let r = try receiver(f)
                let values = try self.evaluate(args, f)
                let type: TypeInfo?
                switch r {
                case .structValue(let s): type = s.type
                case .object(let o): type = o.type
                case .enumValue(let e): type = e.type
                default: type = nil
                }
                guard let ms = type?.findMethod(name) else {
                    return try ev.callMember(r, name, values, labels, literal: literal, loc: l)
                }
                let decl = try ev.choose(ms, labels, name: name, loc: l)
                return try ev.invoke(decl, env: nil, receiver: r, args: values, labels: labels, literal: literal, loc: l,
                                     inoutBack: self.inoutWriter(args, f)).0
            })
        }
        let cache = MethodCache()
        cache.literal = literal
        let rt = self.rt
        let n = args.count
        let codes = args.map { ExprBox($0.code) }
        let first = firstArgumentCode(args)
        return LoweredExpr(code: { f in
            let r = try receiver(f)
            if let decl = cache.lookup(r, name, labels, rt.functionEpoch) {
                if let unmanaged = cache.fast {
                    return try unmanaged._withUnsafeGuaranteedRef { plan in
                        try plan.run(env: nil, receiver: r, arguments: f, count: n, first: first, codes: codes,
                                     literal: literal, rt: rt, loc: l)
                    }
                }
                let values = try self.evaluate(args, f)
                return try ev.invoke(decl, env: nil, receiver: r, args: values, labels: labels, literal: literal, loc: l).0
            }
            return try ev.callMember(r, name, try self.evaluate(args, f), labels, literal: literal, loc: l)
        }, type: resultType)
    }

    /// `Int(x)`, `Double(n)`, `[Double](repeating: 0, count: 3)`, …
    private func lowerConversion(_ spec: TypeSpec, _ call: FunctionCallExprSyntax, _ l: SourceLoc) throws -> LoweredExpr {
        let ev = self.ev
        var expectedArgs: [TypeSpec?] = []
        if case .array(let e) = spec { expectedArgs = [e, .int] }
        let args = try lowerArguments(call, expected: expectedArgs)
        let labels = args.map(\.label)
        if labels == [nil], let only = args.first {
            let a = only.code
            switch spec {
            case .double:
                if let s = only.localSlot {
                    return LoweredExpr(code: { f in
                        let v = f[s]
                        if case .int(let n) = v { return .double(Double(n)) }
                        if case .double = v { return v }
                        return try ev.convert(spec, [v], labels, loc: l)
                    }, type: .double)
                }
                return LoweredExpr(code: { f in
                    let v = try a(f)
                    if case .int(let n) = v { return .double(Double(n)) }
                    if case .double = v { return v }
                    return try ev.convert(spec, [v], labels, loc: l)
                }, type: .double)
            case .int:
                return LoweredExpr(code: { f in
                    let v = try a(f)
                    if case .int = v { return v }
                    if case .double(let d) = v, d.isFinite, abs(d) < 9.2e18 { return .int(Int(d)) }
                    return try ev.convert(spec, [v], labels, loc: l)
                }, type: nil)
            default: break
            }
        }
        var resultType: TypeSpec? = spec
        if case .int = spec { resultType = nil }
        return LoweredExpr(code: { f in try ev.convert(spec, try self.evaluate(args, f), labels, loc: l) }, type: resultType)
    }
}

extension Lowerer {
    /// Whether `name` is a `mutating` method of the statically known struct type of `base`.
    func isMutatingMethodOfStaticType(_ base: ExprSyntax, _ name: String) -> Bool {
        guard case .named(let n)? = (try? staticTypeOf(base)) ?? nil, let t = lookupType(n), t.kind != .classType else { return false }
        return t.findMethod(name)?.contains(where: \.isMutating) ?? false
    }

    /// The static type of a simple expression (a variable), without lowering it.
    func staticTypeOf(_ e: ExprSyntax) throws -> TypeSpec? {
        if let d = e.as(DeclReferenceExprSyntax.self) {
            switch resolve(d.baseName.text) {
            case .local(_, _, let t), .global(_, let t): return t
            default: return nil
            }
        }
        return nil
    }
}

/// `optionals.append(3)` stores `Optional(3)`.
@inline(__always)
func wrapIfOptionalElements(_ x: Value, _ sample: Value?) -> Value {
    switch (sample, x) {
    case (.some(.some), .none), (.some(.some), .some), (.some(.none), .none), (.some(.none), .some): return x
    case (.some(.some), _), (.some(.none), _): return .some(x)
    default: return x
    }
}

func isOptionalType(_ t: TypeSpec) -> Bool { if case .optional = t { return true }; return false }
