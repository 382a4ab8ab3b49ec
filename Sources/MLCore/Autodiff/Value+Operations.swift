import Foundation

/// The operations a `Value` graph supports, each with its local derivative.
///
/// Operations with a plain number (`x + 1`, `x * -1`, `1 / x`) make a single node whose op names the
/// constant (`"+1"`, `"*-1"`, `"1/x"`), so the lecture's decomposition of the sigmoid neuron into
/// the gates 1/x, c+x, eˣ and a·x draws exactly as on the slides.
///
/// Each local rule is handed its node's inputs rather than capturing them, so the only strong
/// references from a node to its inputs are in `parents`, which `deinit` releases iteratively.
extension Value {
    public static func + (lhs: Value, rhs: Value) -> Value {
        Value(lhs.value + rhs.value, op: "+", parents: [lhs, rhs]) { out, inputs in
            inputs[0].grad += out.grad
            inputs[1].grad += out.grad
        }
    }

    public static func * (lhs: Value, rhs: Value) -> Value {
        Value(lhs.value * rhs.value, op: "*", parents: [lhs, rhs]) { out, inputs in
            inputs[0].grad += inputs[1].value * out.grad
            inputs[1].grad += inputs[0].value * out.grad
        }
    }

    public static func - (lhs: Value, rhs: Value) -> Value {
        Value(lhs.value - rhs.value, op: "-", parents: [lhs, rhs]) { out, inputs in
            inputs[0].grad += out.grad
            inputs[1].grad -= out.grad
        }
    }

    public static func / (lhs: Value, rhs: Value) -> Value {
        Value(lhs.value / rhs.value, op: "/", parents: [lhs, rhs]) { out, inputs in
            let (numerator, denominator) = (inputs[0], inputs[1])
            numerator.grad += out.grad / denominator.value
            denominator.grad -= numerator.value / (denominator.value * denominator.value) * out.grad
        }
    }

    public static prefix func - (operand: Value) -> Value {
        Value(-operand.value, op: "neg", parents: [operand]) { out, inputs in inputs[0].grad -= out.grad }
    }

    /// c + x: the "add a constant" gate, local derivative 1.
    public static func + (lhs: Value, rhs: Double) -> Value {
        Value(lhs.value + rhs, op: "+" + formatConstant(rhs), parents: [lhs]) { out, inputs in inputs[0].grad += out.grad }
    }
    public static func + (lhs: Double, rhs: Value) -> Value { rhs + lhs }
    public static func - (lhs: Value, rhs: Double) -> Value {
        Value(lhs.value - rhs, op: "-" + formatConstant(rhs), parents: [lhs]) { out, inputs in inputs[0].grad += out.grad }
    }
    public static func - (lhs: Double, rhs: Value) -> Value {
        Value(lhs - rhs.value, op: formatConstant(lhs) + "-x", parents: [rhs]) { out, inputs in inputs[0].grad -= out.grad }
    }

    /// a·x: the "scale" gate, local derivative a.
    public static func * (lhs: Value, rhs: Double) -> Value {
        Value(lhs.value * rhs, op: "*" + formatConstant(rhs), parents: [lhs]) { out, inputs in inputs[0].grad += rhs * out.grad }
    }
    public static func * (lhs: Double, rhs: Value) -> Value { rhs * lhs }
    public static func / (lhs: Value, rhs: Double) -> Value {
        Value(lhs.value / rhs, op: "/" + formatConstant(rhs), parents: [lhs]) { out, inputs in inputs[0].grad += out.grad / rhs }
    }

    /// c/x; with c = 1 this is the "1/x" gate, local derivative −c/x².
    public static func / (lhs: Double, rhs: Value) -> Value {
        Value(lhs / rhs.value, op: formatConstant(lhs) + "/x", parents: [rhs]) { out, inputs in
            inputs[0].grad -= lhs / (inputs[0].value * inputs[0].value) * out.grad
        }
    }

    public static func += (lhs: inout Value, rhs: Value) { lhs = lhs + rhs }
    public static func -= (lhs: inout Value, rhs: Value) { lhs = lhs - rhs }
    public static func *= (lhs: inout Value, rhs: Value) { lhs = lhs * rhs }
    public static func /= (lhs: inout Value, rhs: Value) { lhs = lhs / rhs }

    /// 1/x, the reciprocal gate.
    public func reciprocal() -> Value { 1 / self }

    /// xⁿ for a constant exponent n.
    public func power(_ exponent: Double) -> Value {
        let base = value
        return Value(Foundation.pow(base, exponent), op: "^" + formatConstant(exponent), parents: [self]) { out, inputs in
            inputs[0].grad += exponent * Foundation.pow(base, exponent - 1) * out.grad
        }
    }

    /// eˣ.
    public func exp() -> Value {
        let result = Foundation.exp(value)
        return Value(result, op: "exp", parents: [self]) { out, inputs in inputs[0].grad += result * out.grad }
    }

    /// The natural logarithm ln x.
    public func log() -> Value {
        let x = value
        return Value(Foundation.log(x), op: "log", parents: [self]) { out, inputs in inputs[0].grad += out.grad / x }
    }

    /// The hyperbolic tangent, local derivative 1 − tanh².
    public func tanh() -> Value {
        let t = Foundation.tanh(value)
        return Value(t, op: "tanh", parents: [self]) { out, inputs in inputs[0].grad += (1 - t * t) * out.grad }
    }

    /// The logistic sigmoid σ(x) = 1/(1 + e⁻ˣ), local derivative σ(1 − σ).
    public func sigmoid() -> Value {
        let s = stableSigmoid(value)
        return Value(s, op: "sigmoid", parents: [self]) { out, inputs in inputs[0].grad += s * (1 - s) * out.grad }
    }

    /// max(0, x), local derivative 1 for x > 0 and 0 otherwise.
    public func relu() -> Value {
        let x = value
        return Value(MLCore.relu(x), op: "relu", parents: [self]) { out, inputs in inputs[0].grad += (x > 0 ? 1 : 0) * out.grad }
    }
}

/// A constant as it appears in an op name: `1` rather than `1.0`.
func formatConstant(_ c: Double) -> String {
    if c == c.rounded(), Swift.abs(c) < 1e15 { return String(Int(c)) }
    return "\(c)"
}
