import SwiftSyntax

/// `[acc, -5].first ?? -4` where nothing gives the result a type.
///
/// Swift ranks a solution that types a literal other than by its default (`-5` or `-4` as Double)
/// below one that only converts values, so for this shape its solver prefers the array literal as
/// `[Any]` (every literal at its default type) with `?? <T>(T?, () -> T?) -> T?` and `T == Any`:
/// the result is an `Any?` and prints as `Optional(0.0)`. Probes compiled with swiftc 6.3.1
/// (corpus programs 234 and 235) show when:
/// - the context gives no type (`let v = …`, an interpolation; not a `print` argument, whose `Any`
///   parameter picks `T == Any` with the non-optional overload);
/// - the left side is `.first` or `.last` of an array literal and the right side a number literal;
/// - typed as usual, the elements would be Double and some integer literal among the elements
///   or on the right would have to be a Double (`[1.0].first ?? 4`, `[acc, 2].first ?? 4.0`;
///   not `[1.0].first ?? 4.0`, `[1, 2].first ?? 4` or `[acc, 2].first ?? v`), or the elements
///   are Int and the right side a float literal (`[i, 2].first ?? 4.5`, an error otherwise:
///   there Swift takes the non-optional overload with `T == Any` and prints `4`);
/// - in one interpolated string, only every other such `??` (the first, the third, …).
extension TypeChecker {
    /// Types `node`'s `lhs ?? rhs` as `Any?` (or `Any`) when Swift does (see above); nil otherwise.
    func coalescingAsAnyOptional(_ i: InfixOperatorExprSyntax, hint: SwiftType?) -> SwiftType? {
        let lhs = i.leftOperand, rhs = i.rightOperand, node = i.operator
        guard hint == nil, let r = numberLiteral(rhs), givesNoType(i), let chain = literalChain(lhs) else { return nil }
        let array = chain.array
        let integerLiterals = array.elements.filter { numberLiteral($0.expression)?.is(IntegerLiteralExprSyntax.self) == true }.count
            + (r.is(IntegerLiteralExprSyntax.self) ? 1 : 0)
        // A step that needs Comparable elements rules out the `[Any]` reading: there Swift keeps
        // the `Any?` result only for integer literals against a float literal (`[2, 3].max() ?? 4.5`
        // is `Optional(3)`, `[2.5, 3].max() ?? 4.5` and `[2, 3.5].min() ?? 4.5` are Doubles).
        if chain.needsComparable {
            guard r.is(FloatLiteralExprSyntax.self),
                  array.elements.allSatisfy({ numberLiteral($0.expression)?.is(IntegerLiteralExprSyntax.self) == true }) else { return nil }
        }
        var usualIsDouble = false, usualIsInt = false
        _ = attempt {
            guard case .nominal(let o, let args) = cs.resolve(infer(lhs)), o.builtin == .optional else { return false }
            let element = cs.resolve(args[0])
            if case .variable(let i) = element, let kind = cs.variables[i].literal {
                switch kind {
                case .float: usualIsDouble = true
                case .integer: usualIsDouble = r.is(FloatLiteralExprSyntax.self)
                default: break
                }
            } else {
                usualIsDouble = element == world.double
                usualIsInt = element == world.int
            }
            return true
        }
        let rightIsFloat = r.is(FloatLiteralExprSyntax.self)
        guard (usualIsDouble && integerLiterals > 0) || (usualIsInt && rightIsFloat) else { return nil }
        if let k = stringCoalescings {
            // One interpolated string is solved as one expression, and swiftc 6.3.1 takes the
            // `Any?` reading for the first, third, … such `??` of it only (corpus program 235).
            stringCoalescings = k + 1
            if k % 2 == 1 { return nil }
        }
        if chain.needsComparable {
            // The elements keep their default type (Int); only the result becomes `Any?`.
            _ = concretize(infer(lhs))
        } else {
            // The `[Any]` solution: each element and the right side keep their own default types.
            for el in array.elements { _ = concretize(infer(el.expression)) }
            record(array, world.array(.unknown))
            recordParentheses(from: array, to: chain.base, world.array(.unknown))
            recordParentheses(from: chain.member, to: lhs, world.optional(.unknown))
        }
        _ = concretize(infer(rhs))
        // Int elements and a float literal take the non-optional overload with `T == Any`.
        facts.anyCoalescing[node.id] = !usualIsInt
        return usualIsInt ? .unknown : world.optional(.unknown)
    }

    /// `[…]` followed by `.sorted()` or `.reversed()` steps and ending in `.first`, `.last`,
    /// `.max()` or `.min()`: the left sides for which swiftc 6.3.1 was probed (corpus programs
    /// 234, 235 and the tuple probes after them). A closure step (`.map { $0 }`) types the
    /// elements by itself and is not one of them.
    private struct LiteralChain {
        var array: ArrayExprSyntax
        /// The expression `.first`/`.last` is applied to (for the `[Any]` reading's records).
        var base: ExprSyntax
        var member: MemberAccessExprSyntax
        /// A step needs Comparable elements, so the elements keep their default types.
        var needsComparable: Bool
    }

    private func literalChain(_ lhs: ExprSyntax) -> LiteralChain? {
        var x = unparenthesized(lhs)
        var needsComparable = false
        var last: MemberAccessExprSyntax?
        var base: ExprSyntax?
        var steps = 0
        while true {
            if let array = x.as(ArrayExprSyntax.self) {
                guard steps > 0, !array.elements.isEmpty, let member = last, let b = base else { return nil }
                return LiteralChain(array: array, base: b, member: member, needsComparable: needsComparable)
            }
            let name: String, member: MemberAccessExprSyntax
            if let m = x.as(MemberAccessExprSyntax.self) {
                guard steps == 0, ["first", "last"].contains(m.declName.baseName.text) else { return nil }
                name = m.declName.baseName.text; member = m
            } else if let c = x.as(FunctionCallExprSyntax.self), c.arguments.isEmpty, c.trailingClosure == nil,
                      let m = c.calledExpression.as(MemberAccessExprSyntax.self) {
                name = m.declName.baseName.text; member = m
                guard steps == 0 ? ["max", "min"].contains(name) : ["sorted", "reversed"].contains(name) else { return nil }
            } else { return nil }
            if ["max", "min", "sorted"].contains(name) { needsComparable = true }
            guard let next = member.base else { return nil }
            if steps == 0 { last = member; base = next }
            steps += 1
            x = unparenthesized(next)
        }
    }

    /// Whether `e` (under parentheses) is all of an untyped `let`/`var`'s initial value or of an
    /// interpolation, or an element of a tuple that is; an argument is not (`print`'s `Any`
    /// decides it).
    private func givesNoType(_ e: some SyntaxProtocol) -> Bool {
        var x = Syntax(e)
        while let p = x.parent {
            if let t = p.as(LabeledExprSyntax.self), let list = t.parent?.as(LabeledExprListSyntax.self) {
                if let tuple = list.parent?.as(TupleExprSyntax.self) { x = Syntax(tuple); continue }
                return t.label == nil && list.count == 1 && list.parent?.is(ExpressionSegmentSyntax.self) == true
            }
            if let ini = p.as(InitializerClauseSyntax.self) {
                return ini.parent?.as(PatternBindingSyntax.self)?.typeAnnotation == nil
            }
            return false
        }
        return false
    }

    /// The number literal `e` stands for, under parentheses and a sign (`(-4)`).
    private func numberLiteral(_ e: ExprSyntax) -> ExprSyntax? {
        var x = unparenthesized(e)
        if let p = x.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" { x = unparenthesized(p.expression) }
        return x.is(IntegerLiteralExprSyntax.self) || x.is(FloatLiteralExprSyntax.self) ? x : nil
    }

    private func unparenthesized(_ e: ExprSyntax) -> ExprSyntax {
        var x = e
        while let t = x.as(TupleExprSyntax.self), t.elements.count == 1, t.elements.first!.label == nil { x = t.elements.first!.expression }
        return x
    }

    /// Records `t` for `outer` and each parenthesised expression between it and `inner`.
    private func recordParentheses(from inner: some SyntaxProtocol, to outer: ExprSyntax, _ t: SwiftType) {
        var x = outer
        while x.id != inner.id {
            record(x, t)
            guard let p = x.as(TupleExprSyntax.self), let only = p.elements.first else { return }
            x = only.expression
        }
        record(x, t)
    }
}
