// Symbolic differentiation of expressions built from an indirect enum, with simplification.
indirect enum Expr: CustomStringConvertible {
    case constant(Double)
    case variable
    case add(Expr, Expr)
    case multiply(Expr, Expr)
    case power(Expr, Int)

    var description: String {
        switch self {
        case .constant(let c): return c == c.rounded() ? String(Int(c)) : String(c)
        case .variable: return "x"
        case let .add(a, b): return "(\(a) + \(b))"
        case let .multiply(a, b): return "\(a)*\(b)"
        case let .power(a, n): return "\(a)^\(n)"
        }
    }
    func evaluate(_ x: Double) -> Double {
        switch self {
        case .constant(let c): return c
        case .variable: return x
        case let .add(a, b): return a.evaluate(x) + b.evaluate(x)
        case let .multiply(a, b): return a.evaluate(x) * b.evaluate(x)
        case let .power(a, n):
            var r = 1.0
            for _ in 0..<n { r *= a.evaluate(x) }
            return r
        }
    }
    var derivative: Expr {
        switch self {
        case .constant: return .constant(0)
        case .variable: return .constant(1)
        case let .add(a, b): return Expr.add(a.derivative, b.derivative).simplified
        case let .multiply(a, b): return Expr.add(.multiply(a.derivative, b), .multiply(a, b.derivative)).simplified
        case let .power(a, n): return Expr.multiply(.multiply(.constant(Double(n)), .power(a, n - 1)), a.derivative).simplified
        }
    }
    var simplified: Expr {
        switch self {
        case let .add(a, b):
            let (sa, sb) = (a.simplified, b.simplified)
            if case .constant(0) = sa { return sb }
            if case .constant(0) = sb { return sa }
            return .add(sa, sb)
        case let .multiply(a, b):
            let (sa, sb) = (a.simplified, b.simplified)
            if case .constant(0) = sa { return .constant(0) }
            if case .constant(0) = sb { return .constant(0) }
            if case .constant(1) = sa { return sb }
            if case .constant(1) = sb { return sa }
            return .multiply(sa, sb)
        case let .power(a, 1): return a.simplified
        default: return self
        }
    }
}
let f = Expr.add(.multiply(.constant(3), .power(.variable, 2)), .multiply(.constant(2), .variable))
print(f, "at 2:", f.evaluate(2))
print(f.derivative, "at 2:", f.derivative.evaluate(2))
print(f.derivative.derivative)
let g = Expr.power(.add(.variable, .constant(1)), 3)
print(g.derivative, g.derivative.evaluate(1))
