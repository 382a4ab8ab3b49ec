/// An n-dimensional array of Doubles with value semantics.
///
/// Storage is one row-major `[Double]`, so copies are cheap and copy-on-write comes from the
/// standard library: `var b = a; b[0] = 1` never changes `a`. A rank-0 tensor (shape `[]`)
/// holds one number. Operations that can fail on user input (shapes that do not fit, an index
/// out of range) throw `MLError` instead of trapping.
public struct Tensor: Equatable, Sendable {
    /// The size of each axis, outermost first: `[rows, columns]` for a matrix.
    public private(set) var shape: [Int]
    /// All elements in row-major order.
    public internal(set) var scalars: [Double]

    /// Creates a tensor without validating (internal: callers guarantee `scalars.count == product(shape)`).
    init(unchecked shape: [Int], scalars: [Double]) {
        self.shape = shape
        self.scalars = scalars
    }

    /// Creates a tensor of the given shape from row-major `scalars`.
    public init(shape: [Int], scalars: [Double]) throws {
        let expected = try Tensor.validate(shape: shape)
        guard expected == scalars.count else {
            throw MLError.shapeMismatch("shape \(describe(shape: shape)) needs \(expected) scalars, got \(scalars.count)")
        }
        self.init(unchecked: shape, scalars: scalars)
    }

    /// Creates a vector (rank 1).
    public init(_ scalars: [Double]) { self.init(unchecked: [scalars.count], scalars: scalars) }

    /// Creates a matrix (rank 2) from rows; throws if the rows have different lengths.
    public init(_ rows: [[Double]]) throws {
        let columns = rows.first?.count ?? 0
        for (index, row) in rows.enumerated() where row.count != columns {
            throw MLError.shapeMismatch("row \(index) has \(row.count) elements but row 0 has \(columns)")
        }
        self.init(unchecked: [rows.count, columns], scalars: rows.flatMap { $0 })
    }

    /// Creates a rank-0 tensor holding one number.
    public init(scalar: Double) { self.init(unchecked: [], scalars: [scalar]) }

    /// A tensor of the given shape filled with `value`.
    public init(repeating value: Double, shape: [Int]) throws {
        try Tensor.reserve(shape: shape)
        self.init(unchecked: shape, scalars: Array(repeating: value, count: shape.reduce(1, *)))
    }

    /// A tensor of zeros.
    public static func zeros(_ shape: [Int]) throws -> Tensor { try Tensor(repeating: 0, shape: shape) }

    /// A tensor of ones.
    public static func ones(_ shape: [Int]) throws -> Tensor { try Tensor(repeating: 1, shape: shape) }

    /// The n×n identity matrix.
    public static func identity(_ size: Int) throws -> Tensor {
        var result = try zeros([size, size])
        for i in 0..<size { result.scalars[i * size + i] = 1 }
        return result
    }

    /// Uniform random numbers in [low, high).
    public static func uniform(_ shape: [Int], low: Double = 0, high: Double = 1, seed: Int) throws -> Tensor {
        var generator = RandomGenerator(seed: seed)
        return try uniform(shape, low: low, high: high, generator: &generator)
    }

    /// Uniform random numbers in [low, high) drawn from `generator`.
    public static func uniform(_ shape: [Int], low: Double = 0, high: Double = 1,
                               generator: inout RandomGenerator) throws -> Tensor {
        try reserve(shape: shape)
        let count = shape.reduce(1, *)
        var values = [Double](repeating: 0, count: count)
        for i in 0..<count { values[i] = generator.uniform(low, high) }
        return Tensor(unchecked: shape, scalars: values)
    }

    /// Normally distributed random numbers.
    public static func normal(_ shape: [Int], mean: Double = 0, standardDeviation: Double = 1, seed: Int) throws -> Tensor {
        var generator = RandomGenerator(seed: seed)
        return try normal(shape, mean: mean, standardDeviation: standardDeviation, generator: &generator)
    }

    /// Normally distributed random numbers drawn from `generator`.
    public static func normal(_ shape: [Int], mean: Double = 0, standardDeviation: Double = 1,
                              generator: inout RandomGenerator) throws -> Tensor {
        try reserve(shape: shape)
        let count = shape.reduce(1, *)
        var values = [Double](repeating: 0, count: count)
        for i in 0..<count { values[i] = generator.normal(mean: mean, standardDeviation: standardDeviation) }
        return Tensor(unchecked: shape, scalars: values)
    }

    /// Evenly spaced numbers from `start` to `end` inclusive, as numpy's `linspace`.
    public static func linspace(_ start: Double, _ end: Double, count: Int) throws -> Tensor {
        try require(count >= 0, "linspace count must be ≥ 0, got \(count)")
        try reserve(shape: [count])
        if count == 1 { return Tensor([start]) }
        let step = (end - start) / Double(Swift.max(count - 1, 1))
        return Tensor((0..<count).map { start + Double($0) * step })
    }

    /// The number of axes.
    public var rank: Int { shape.count }
    /// The number of elements.
    public var count: Int { scalars.count }
    /// The number of rows: the first axis (1 for a rank-0 tensor).
    public var rowCount: Int { shape.first ?? 1 }
    /// The number of columns: the last axis of a matrix, 1 for a vector or scalar.
    public var columnCount: Int { shape.count >= 2 ? shape[shape.count - 1] : 1 }

    /// The single value of a one-element tensor.
    public var scalar: Double? { scalars.count == 1 ? scalars[0] : nil }

    /// Row-major offset of `indices`, or an error naming the bad index.
    func offset(of indices: [Int]) throws -> Int {
        guard indices.count == shape.count else {
            throw MLError.invalidArgument("a tensor of shape \(describe(shape: shape)) needs \(shape.count) indices, got \(indices.count)")
        }
        var offset = 0
        for (axis, index) in indices.enumerated() {
            guard index >= 0 && index < shape[axis] else {
                throw MLError.invalidArgument("index \(index) is out of range for axis \(axis) of size \(shape[axis])")
            }
            offset = offset * shape[axis] + index
        }
        return offset
    }

    /// The element at `indices` (one index per axis): `t[1, 2]`.
    ///
    /// Like `Array`'s subscript, a wrong index is a programming error that stops the program, so
    /// lesson code reads `t[i, j]` without `try` in compiled Swift as in lectern. Lessons reach this
    /// through the interpreter's bridge, which calls the throwing `element(at:)` instead and
    /// reports a wrong index as a located error; MLCore's own code never passes one.
    public subscript(indices: Int...) -> Double {
        do {
            return scalars[try offset(of: indices)]
        } catch {
            preconditionFailure("Tensor subscript: \(error)")
        }
    }

    /// The element at `indices`.
    public func element(at indices: [Int]) throws -> Double { scalars[try offset(of: indices)] }

    /// Element `index` of a vector: `element(at: [index])` without building the index array,
    /// for lesson code that reads `t[i]` in a loop.
    public func element(at index: Int) throws -> Double {
        guard shape.count == 1 else { return try element(at: [index]) }
        guard index >= 0 && index < scalars.count else {
            throw MLError.invalidArgument("index \(index) is out of range for axis 0 of size \(scalars.count)")
        }
        return scalars[index]
    }

    /// Replaces the element at `indices` with `value`.
    public mutating func set(_ value: Double, at indices: Int...) throws {
        scalars[try offset(of: indices)] = value
    }

    /// The largest number of elements one tensor may hold: 100 million (800 MB), or the installed
    /// budget's allocation limit when that is lower.
    ///
    /// A lesson that asks for more gets an error instead of exhausting memory. The limit follows
    /// the calling thread's `Budget`, so sessions on parallel threads each keep their own.
    public static var maximumElementCount: Int {
        Swift.min(defaultMaximumElementCount, Budget.current?.limits.maxAllocation ?? .max)
    }

    /// The limit without a budget; it also keeps every axis within the 32-bit sizes BLAS takes.
    public static let defaultMaximumElementCount = 100_000_000

    /// The element count of `shape`, or an error if an axis is negative or the count is too large
    /// (for the installed budget, or at all). Counts nothing against the budget: see `reserve`.
    @discardableResult
    static func validate(shape: [Int]) throws -> Int {
        var total = 1
        for size in shape {
            guard size >= 0 else {
                throw MLError.invalidArgument("axis sizes must be ≥ 0, got shape \(describe(shape: shape))")
            }
            // Empty axes count as 1 here, so no sub-product (a row width) can overflow either.
            total = Budget.saturatingProduct(total, Swift.max(size, 1))
        }
        try Budget.current?.checkSize(total, bytesPerElement: MemoryLayout<Double>.stride)
        guard total <= defaultMaximumElementCount else {
            throw MLError.invalidArgument("a tensor of shape \(describe(shape: shape)) would have more than \(defaultMaximumElementCount) elements")
        }
        return shape.contains(0) ? 0 : total
    }

    /// `validate(shape:)` for a tensor about to be made from nothing (zeros, random numbers, a data
    /// set): its elements also count against the installed budget's allocation for the cell.
    @discardableResult
    static func reserve(shape: [Int]) throws -> Int {
        let count = try validate(shape: shape)
        try Budget.current?.allocate(count)
        return count
    }

    /// The same scalars viewed with another shape; one axis may be -1 to infer its size.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        var resolved = newShape
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        try require(inferred.count <= 1, "only one axis may be -1 in reshape, got \(describe(shape: newShape))")
        if let axis = inferred.first {
            let known = try Tensor.validate(shape: newShape.filter { $0 != -1 })
            guard known > 0, count % known == 0 else {
                throw MLError.shapeMismatch("cannot reshape \(describe(shape: shape)) to \(describe(shape: newShape))")
            }
            resolved[axis] = count / known
        }
        guard try Tensor.validate(shape: resolved) == count else {
            throw MLError.shapeMismatch("cannot reshape \(describe(shape: shape)) (\(count) elements) to \(describe(shape: newShape))")
        }
        return Tensor(unchecked: resolved, scalars: scalars)
    }

    /// All elements as a vector.
    public var flattened: Tensor { Tensor(unchecked: [count], scalars: scalars) }

    /// The rows of a matrix as arrays (a vector gives one row), e.g. to loop over examples.
    public var rowArrays: [[Double]] {
        let columns = columnCount
        guard columns > 0 else { return Array(repeating: [], count: rowCount) }
        return stride(from: 0, to: count, by: columns).map { Array(scalars[$0..<($0 + columns)]) }
    }
}
