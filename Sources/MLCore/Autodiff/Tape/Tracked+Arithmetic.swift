/// `+ − × ÷` of tracked tensors, broadcasting as `Tensor` does: the gradient of a broadcast
/// operand is summed back to its own shape.
extension Tracked {
    public static func + (lhs: Tracked, rhs: Tracked) throws -> Tracked {
        try lhs.sameTape(rhs, "add")
        let (aShape, bShape) = (lhs.shape, rhs.shape)
        return lhs.tape.record(try lhs.value + rhs.value, from: lhs, rhs) { [lhs = lhs.index, rhs = rhs.index] g, tape in
            tape.accumulate(g.summed(toShape: aShape), into: lhs)
            tape.accumulate(g.summed(toShape: bShape), into: rhs)
        }
    }

    public static func - (lhs: Tracked, rhs: Tracked) throws -> Tracked {
        try lhs.sameTape(rhs, "subtract")
        let (aShape, bShape) = (lhs.shape, rhs.shape)
        return lhs.tape.record(try lhs.value - rhs.value, from: lhs, rhs) { [lhs = lhs.index, rhs = rhs.index] g, tape in
            tape.accumulate(g.summed(toShape: aShape), into: lhs)
            tape.accumulate((-g).summed(toShape: bShape), into: rhs)
        }
    }

    public static func * (lhs: Tracked, rhs: Tracked) throws -> Tracked {
        try lhs.sameTape(rhs, "multiply")
        let a = lhs.value, b = rhs.value
        return lhs.tape.record(try a * b, from: lhs, rhs) { [lhs = lhs.index, rhs = rhs.index] g, tape in
            try tape.accumulate(try (g * b).summed(toShape: a.shape), into: lhs)
            try tape.accumulate(try (g * a).summed(toShape: b.shape), into: rhs)
        }
    }

    public static func / (lhs: Tracked, rhs: Tracked) throws -> Tracked {
        try lhs.sameTape(rhs, "divide")
        let a = lhs.value, b = rhs.value
        return lhs.tape.record(try a / b, from: lhs, rhs) { [lhs = lhs.index, rhs = rhs.index] g, tape in
            try tape.accumulate(try (g / b).summed(toShape: a.shape), into: lhs)
            // ∂(a/b)/∂b = −a/b²
            try tape.accumulate(try (g * a / b.squared).summed(toShape: b.shape).map { -$0 }, into: rhs)
        }
    }

    /// A tensor combined with a constant tensor (targets, masks): `x * mask`, `y - target`.
    public static func + (lhs: Tracked, rhs: Tensor) throws -> Tracked { try lhs + lhs.tape.constant(rhs) }
    public static func - (lhs: Tracked, rhs: Tensor) throws -> Tracked { try lhs - lhs.tape.constant(rhs) }
    public static func * (lhs: Tracked, rhs: Tensor) throws -> Tracked { try lhs * lhs.tape.constant(rhs) }
    public static func / (lhs: Tracked, rhs: Tensor) throws -> Tracked { try lhs / lhs.tape.constant(rhs) }
    public static func + (lhs: Tensor, rhs: Tracked) throws -> Tracked { try rhs.tape.constant(lhs) + rhs }
    public static func - (lhs: Tensor, rhs: Tracked) throws -> Tracked { try rhs.tape.constant(lhs) - rhs }
    public static func * (lhs: Tensor, rhs: Tracked) throws -> Tracked { try rhs.tape.constant(lhs) * rhs }
    public static func / (lhs: Tensor, rhs: Tracked) throws -> Tracked { try rhs.tape.constant(lhs) / rhs }

    public static func + (lhs: Tracked, rhs: Double) -> Tracked {
        lhs.tape.record(lhs.value + rhs, from: lhs) { [lhs = lhs.index] g, tape in tape.accumulate(g, into: lhs) }
    }
    public static func - (lhs: Tracked, rhs: Double) -> Tracked { lhs + (-rhs) }
    public static func * (lhs: Tracked, rhs: Double) -> Tracked {
        lhs.tape.record(lhs.value * rhs, from: lhs) { [lhs = lhs.index] g, tape in tape.accumulate(g * rhs, into: lhs) }
    }
    public static func / (lhs: Tracked, rhs: Double) -> Tracked {
        lhs.tape.record(lhs.value / rhs, from: lhs) { [lhs = lhs.index] g, tape in tape.accumulate(g / rhs, into: lhs) }
    }
    public static func + (lhs: Double, rhs: Tracked) -> Tracked { rhs + lhs }
    public static func - (lhs: Double, rhs: Tracked) -> Tracked {
        rhs.tape.record(lhs - rhs.value, from: rhs) { [rhs = rhs.index] g, tape in tape.accumulate(-g, into: rhs) }
    }
    public static func * (lhs: Double, rhs: Tracked) -> Tracked { rhs * lhs }
    public static func / (lhs: Double, rhs: Tracked) -> Tracked {
        let x = rhs.value
        return rhs.tape.record(lhs / x, from: rhs) { [rhs = rhs.index] g, tape in
            tape.accumulate(Tensor.zipped(g, x) { g, x in -g * lhs / (x * x) }, into: rhs)
        }
    }

    public static prefix func - (operand: Tracked) -> Tracked {
        operand.tape.record(-operand.value, from: operand) { [operand = operand.index] g, tape in tape.accumulate(-g, into: operand) }
    }
}
