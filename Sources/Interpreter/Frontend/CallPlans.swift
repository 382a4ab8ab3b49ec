import SwiftSyntax

/// The call plan a call-site cache owns, and an unretained reference to it that the call reads
/// without reference counting while the cache keeps the plan alive.
class PlanHolder {
    @exclusivity(unchecked) final var plan: CallPlan? {
        didSet { fast = plan.map { Unmanaged.passUnretained($0) } }
    }
    @exclusivity(unchecked) final private(set) var fast: Unmanaged<CallPlan>?
}

/// The method a call site found for the receiver's type last time (lesson types only).
final class MethodCache: PlanHolder {
    @exclusivity(unchecked) var type: TypeInfo?
    @exclusivity(unchecked) var decl: FunctionDecl?
    @exclusivity(unchecked) var epoch = -1

    /// The instance method `name` accepting `labels` for `receiver`'s lesson type, or nil.
    @inline(__always)
    func lookup(_ receiver: Value, _ name: String, _ labels: [String?], _ currentEpoch: Int) -> FunctionDecl? {
        let t: TypeInfo
        switch receiver {
        case .structValue(let s): t = s.type
        case .object(let o): t = o.type
        case .enumValue(let e): t = e.type
        default: return nil
        }
        if t === type, epoch == currentEpoch { return decl }
        type = t
        epoch = currentEpoch
        decl = t.findMethod(name)?.first { $0.accepts(labels: labels) }
        plan = decl.flatMap { d in
            let p = CallPlan(d, labels: labels, literal: literal)
            return p.direct && p.selfSlot >= 0 ? p : nil
        }
        return decl
    }

    /// The literal flags of the call site's arguments (for the plans it makes).
    var literal: [Bool] = []
}

/// A call site's plan for one lesson declaration the checker chose (an operator, a computed
/// property's getter, a method picked by argument types), valid while `epoch` matches the session's.
final class DeclarationCallCache: PlanHolder {
    @exclusivity(unchecked) var epoch = -1
    @exclusivity(unchecked) var decl: FunctionDecl?

    /// The method that now stands for `decl` in its type: a later cell's extension that
    /// redeclares it (same name, labels and parameter types) replaces it, as in the type's tables.
    static func current(_ decl: FunctionDecl) -> FunctionDecl {
        guard let owner = decl.owner else { return decl }
        let overloads = decl.isStatic ? owner.staticMethods[decl.name] : owner.methods[decl.name]
        let key = decl.overloadKey
        return overloads?.first { $0.overloadKey == key && $0.isConstrained == decl.isConstrained } ?? decl
    }

    /// Looks the declaration up again after any declaration changed the session's functions.
    @inline(__always)
    func refresh(_ id: SyntaxIdentifier, labels: [String?], literal: [Bool], rt: Runtime) {
        guard epoch != rt.functionEpoch else { return }
        epoch = rt.functionEpoch
        decl = rt.declaredFunctions[id].map(DeclarationCallCache.current)
        plan = decl.flatMap { d in
            let p = CallPlan(d, labels: labels, literal: literal)
            return p.direct ? p : nil
        }
    }
}

/// A call site's plan for a top-level function, valid while `epoch` matches the session's.
final class GlobalCallCache: PlanHolder {
    @exclusivity(unchecked) var epoch = -1
}

/// What a call site learnt about the function it called last.
final class CallSiteCache {
    @exclusivity(unchecked) var plan: CallPlan?
}

/// How a call site calls one particular function directly: its arguments go straight into the
/// new frame's parameter slots. Immutable, so reading it on every call costs no reference counting.
final class CallPlan {
    let decl: FunctionDecl
    let direct: Bool
    let slotCount: Int
    let paramSlots: [Int]
    /// The type to coerce each argument to, or nil when it can be stored as is.
    let coercions: [TypeSpec?]
    let body: Code.Stmt
    let expressionBody: Code.Expr?
    let resultCoercion: TypeSpec?
    let anyCoercion: Bool
    let firstSlot: Int
    /// Where the receiver goes (`self` of a method, the type of a static member), or -1.
    let selfSlot: Int
    /// `self` of a static member called without a receiver: its type.
    let staticReceiver: Value
    /// Frames of finished calls, reused by later calls (recursion needs one per level): a stack
    /// linked through the frames' headers, so taking and returning a frame moves references
    /// instead of counting them.
    @exclusivity(unchecked) var spare: Frame?
    @exclusivity(unchecked) var spareCount = 0

    init(_ decl: FunctionDecl, labels: [String?], literal: [Bool]) {
        self.decl = decl
        // A mutating method writes `self` back and an initialiser builds it: both need `invoke`.
        direct = decl.plainParameters && !decl.isMutating && !decl.isFailable && decl.name != "init"
            && decl.params.count == labels.count && zip(decl.params, labels).allSatisfy { $0.label == $1 }
        selfSlot = decl.selfSlot ?? -1
        staticReceiver = decl.owner.map { .type(.user($0)) } ?? .void
        slotCount = decl.slotCount
        paramSlots = decl.params.map(\.slot)
        coercions = decl.params.enumerated().map { i, p in
            (i < literal.count && literal[i]) || p.needsCoercion ? p.type : nil
        }
        body = decl.body
        expressionBody = decl.expressionBody
        anyCoercion = coercions.contains { $0 != nil }
        firstSlot = paramSlots.first ?? 0
        // The return types whose `coerce` can change a non-literal value (as `invoke` applies it).
        switch decl.returnType {
        case .optional?, .slice?, .tuple?: resultCoercion = decl.returnType
        default: resultCoercion = nil
        }
    }

    /// Runs a direct call: fills a frame (pooled when possible) straight from the argument
    /// codes, runs the body, and keeps the frame for the next call unless a closure captured it.
    /// Shared by calls through a function value, calls of a global function and method calls
    /// (`receiver` is then the method's `self`, evaluated by the caller before the arguments).
    @inline(__always)
    func run(env: Frame?, receiver: Value = .void, arguments f: Frame, count n: Int, first: Code.Expr, codes: [ExprBox],
             literal: [Bool], rt: Runtime, loc l: SourceLoc) throws -> Value {
        var frame: Frame
        if let pooled = spare.take() {
            spare = pooled.takeNextSpare()
            spareCount &-= 1
            frame = pooled
            if env != nil { frame.setParent(env) }
        } else {
            frame = Frame.make(count: slotCount, parent: env)
        }
        // A new frame and a recycled one hold `.void` in every slot, which has nothing to
        // release: the receiver and the arguments are stored by initialising the slots, without
        // the outlined destroy of an assignment.
        let slots = frame.slots
        if selfSlot >= 0 { (slots + selfSlot).initialize(to: receiver) }
        if n == 1, !anyCoercion {
            (slots + firstSlot).initialize(to: try first(f))
        } else {
            for i in 0..<n {
                let v = try codes[i].eval(f)
                if let t = coercions[i] { (slots + paramSlots[i]).initialize(to: coerce(v, to: t, literal: literal[i])) } else {
                    (slots + paramSlots[i]).initialize(to: v)
                }
            }
        }
        try rt.enterCall(l)
        defer { rt.depth -= 1 }
        var result: Value
        do {
            if let e = expressionBody { result = try e(frame) } else {
                _ = try body(frame)
                result = frame.returnValue
            }
        } catch { throw rt.relocate(error, to: l) }
        if let rtype = resultCoercion { result = coerce(result, to: rtype, literal: false) }
        if spareCount < 64, isKnownUniquelyReferenced(&frame) {
            frame.recycle(parent: nil)
            frame.setNextSpare(spare.take())
            spare = consume frame
            spareCount &+= 1
        }
        return result
    }
}


/// The computed property `name` a member read found on the receiver's lesson type last time,
/// as a direct plan of its getter (nil when the type stores `name` or has no such getter).
final class GetterCache: PlanHolder {
    @exclusivity(unchecked) var type: TypeInfo?
    @exclusivity(unchecked) var epoch = -1

    @inline(__always)
    func lookup(_ receiver: Value, _ name: String, _ currentEpoch: Int) -> Unmanaged<CallPlan>? {
        let t: TypeInfo
        switch receiver {
        case .structValue(let s): t = s.type
        case .enumValue(let e): t = e.type
        case .object(let o): t = o.type
        default: return nil
        }
        if t === type, epoch == currentEpoch { return fast }
        type = t
        epoch = currentEpoch
        plan = nil
        // A stored property of that name (a class's own or inherited) is read as storage.
        var c: TypeInfo? = t
        var stored = false
        while let k = c, !stored { stored = k.fieldIndex[name] != nil; c = k.superclass }
        if !stored, let c = t.findComputed(name) {
            let p = CallPlan(c.getter, labels: [], literal: [])
            if p.direct, p.selfSlot >= 0 { plan = p }
        }
        return fast
    }
}
