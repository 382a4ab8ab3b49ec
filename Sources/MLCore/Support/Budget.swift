#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one unit of work — a lesson cell — may spend: evaluation steps, wall-clock time, nested
/// calls, elements allocated, and the memory of the whole lesson.
///
/// One budget object serves a whole cell: the interpreter counts its steps and calls in it, and
/// MLCore's long-running code (training, matrix products, data loading, metrics, optimiser paths)
/// checks it at least every few milliseconds of work, so a limit holds inside native code too.
/// MLCore stays usable from plain Swift: code that never installs a budget runs unlimited
/// (tensors keep their own size cap, `Tensor.defaultMaximumElementCount`).
///
///     let budget = Budget(limits: Budget.Limits(maxSeconds: 2))
///     try budget.install { try model.fit(data, loss: .meanSquaredError, optimizer: SGD(), epochs: 1_000_000) }
///     // throws BudgetExceeded("time limit of 2 s exceeded") after two seconds
///
/// Once a limit is exceeded the budget stays exceeded until `start()`: every later check fails
/// at once, so native code that called back into a lesson and swallowed the error stops soon.
/// Non-throwing entry points (`Value.backward()`, `LearningRateSchedule.learningRates`) stop
/// early and leave the reason in `exceeded` for their caller to report.
///
/// All arithmetic on counts saturates: no limit, however large, can wrap around.
///
/// A budget belongs to one thread at a time (the cell's): its counters are plain stored
/// properties without dynamic exclusivity checks, which would cost more than the checks themselves.
public final class Budget: @unchecked Sendable {
    /// The limits themselves; the defaults suit the course.
    public struct Limits: Sendable, Equatable {
        /// Evaluation steps (loop iterations and calls) per cell, counted by the interpreter.
        public var maxSteps: Int
        /// Wall-clock seconds per cell.
        public var maxSeconds: Double
        /// Nesting depth of lesson-function calls, counted by the interpreter.
        public var maxCallDepth: Int
        /// Elements in any single collection built by lesson code, and in total per cell.
        public var maxAllocation: Int
        /// Bytes of memory the lesson's process may hold (its resident set), across all cells.
        public var maxMemory: Int

        public init(maxSteps: Int = 500_000_000, maxSeconds: Double = 10, maxCallDepth: Int = 2_000,
                    maxAllocation: Int = 50_000_000, maxMemory: Int = 4 << 30) {
            self.maxSteps = maxSteps
            self.maxSeconds = maxSeconds
            self.maxCallDepth = maxCallDepth
            self.maxAllocation = maxAllocation
            self.maxMemory = maxMemory
        }

        public static let `default` = Limits()
    }

    @exclusivity(unchecked) public var limits: Limits

    /// The counters an interpreter updates on every step and call.
    public struct Counters {
        /// Steps counted so far in this cell.
        public var steps = 0
        /// The step count at which `checkSteps()` must run next (at the latest at `maxSteps`).
        public var stepCheckpoint = 0
        /// Lesson-function calls currently nested.
        public var depth = 0
    }

    /// The counters, in memory of their own that lives as long as the budget: an interpreter's
    /// hot path updates them through this pointer, without the reference counting that every
    /// access through the object would cost.
    public let counters: UnsafeMutablePointer<Counters>

    /// Steps counted so far in this cell.
    public var steps: Int {
        get { counters.pointee.steps }
        set { counters.pointee.steps = newValue }
    }
    /// The step count at which `checkSteps()` must run next (at the latest at `maxSteps`).
    public var stepCheckpoint: Int {
        get { counters.pointee.stepCheckpoint }
        set { counters.pointee.stepCheckpoint = newValue }
    }
    /// Lesson-function calls currently nested.
    public var depth: Int {
        get { counters.pointee.depth }
        set { counters.pointee.depth = newValue }
    }
    /// Elements allocated so far in this cell.
    @exclusivity(unchecked) public private(set) var allocated = 0
    /// Why the budget ran out, once it has; nil while it holds.
    @exclusivity(unchecked) public private(set) var exceeded: BudgetExceeded?

    /// Monotonic nanoseconds at which the cell's time is up.
    @exclusivity(unchecked) private var deadline: UInt64 = .max
    /// Monotonic nanoseconds before which memory need not be measured again.
    @exclusivity(unchecked) private var nextMemoryCheck: UInt64 = 0
    /// Units of native work (see `noteWork`) since the clock was last read.
    @exclusivity(unchecked) private var workSinceCheck = 0

    /// Steps between two looks at the clock: a few dozen microseconds of interpretation.
    static let stepsPerCheck = 8_192
    /// How often (nanoseconds) the periodic check measures memory; reading it costs a system call.
    static let memoryCheckInterval: UInt64 = 5_000_000
    /// Allocations smaller than this (bytes) wait for the periodic memory check.
    static let largeAllocation = 1 << 20
    /// Units of native work between two looks at the clock: about a millisecond.
    static let workPerCheck = 1 << 20

    public init(limits: Limits = .default) {
        self.limits = limits
        counters = UnsafeMutablePointer<Counters>.allocate(capacity: 1)
        counters.initialize(to: Counters())
        start()
    }

    deinit {
        counters.deinitialize(count: 1)
        counters.deallocate()
    }

    /// Begins a new cell: counters reset and the clock starts.
    public func start() {
        steps = 0
        depth = 0
        allocated = 0
        exceeded = nil
        workSinceCheck = 0
        stepCheckpoint = Swift.min(Swift.max(limits.maxSteps, 0), Budget.stepsPerCheck)
        let nanoseconds = limits.maxSeconds * 1e9
        let allowance: UInt64 = nanoseconds.isNaN ? 0 : nanoseconds >= 1e18 ? UInt64(1e18) : UInt64(Swift.max(0, nanoseconds))
        let (end, overflow) = Budget.coarseNow().addingReportingOverflow(allowance)
        deadline = overflow ? .max : end
        nextMemoryCheck = 0
    }

    // MARK: Checks

    /// Fails if the cell's time is up or the lesson holds more memory than allowed (measured at
    /// most every few milliseconds), or if the budget already ran out.
    public func check() throws {
        if let exceeded { throw exceeded }
        let now = Budget.coarseNow()
        // `>=`: both ends are read on the coarse clock, so a limit of 0 s is exceeded at once.
        if now >= deadline {
            throw fail(.time, "time limit of \(Budget.describe(seconds: limits.maxSeconds)) s exceeded")
        }
        if now >= nextMemoryCheck {
            nextMemoryCheck = now &+ Budget.memoryCheckInterval
            try checkMemory()
        }
    }

    /// The step limit, then `check()`; schedules the next step check.
    public func checkSteps() throws {
        if steps >= limits.maxSteps {
            throw fail(.steps, "execution step limit of \(limits.maxSteps) exceeded (infinite loop?)")
        }
        try check()
        let room = limits.maxSteps - steps
        stepCheckpoint = room > Budget.stepsPerCheck ? steps + Budget.stepsPerCheck : limits.maxSteps
    }

    /// For non-throwing native code: true (and `exceeded` set) once the budget has run out.
    public var isExhausted: Bool {
        do { try check(); return false } catch { return true }
    }

    /// Records the allocation of `count` elements of `bytesPerElement` bytes each: one object,
    /// counted against the per-object limit, the cell's total and the lesson's memory.
    public func allocate(_ count: Int, bytesPerElement: Int = MemoryLayout<Double>.stride) throws {
        if let exceeded { throw exceeded }
        let count = Swift.max(count, 0)
        try checkSize(count, bytesPerElement: bytesPerElement)
        allocated = Budget.saturatingSum(allocated, count)
        if allocated > limits.maxAllocation {
            throw fail(.allocation, "allocation of \(allocated) elements in this cell exceeds the limit of \(limits.maxAllocation)")
        }
    }

    /// Checks one object of `count` elements against the per-object limit and the lesson's memory,
    /// without counting it in the cell's total (for values that replace others, such as a string
    /// being built or the result of a matrix product).
    public func checkSize(_ count: Int, bytesPerElement: Int = 1) throws {
        if let exceeded { throw exceeded }
        if count > limits.maxAllocation {
            throw fail(.allocation, "allocation of \(count) elements exceeds the limit of \(limits.maxAllocation)")
        }
        let bytes = Budget.saturatingProduct(Swift.max(count, 0), Swift.max(bytesPerElement, 0))
        if bytes >= Budget.largeAllocation {
            // Making a large value takes time in proportion: a loop of a few such steps must
            // still see the clock.
            try check()
            try checkMemory(adding: bytes, for: "allocation of \(count) elements")
        }
    }

    /// Fails if the process's resident memory plus `bytes` about to be allocated `for` something
    /// (`"allocation of 40000000 elements"`) exceeds `maxMemory`.
    public func checkMemory(adding bytes: Int = 0, for purpose: @autoclosure () -> String = "") throws {
        guard let resident = ResidentMemory.bytes() else { return }
        guard Budget.saturatingSum(resident, bytes) > limits.maxMemory else { return }
        let limit = Budget.describe(bytes: limits.maxMemory)
        if bytes > 0 {
            throw fail(.memory, "\(purpose()) would exceed the memory limit of \(limit) (\(Budget.describe(bytes: resident)) in use)")
        }
        throw fail(.memory, "memory limit of \(limit) exceeded: the lesson holds \(Budget.describe(bytes: resident))")
    }

    /// For native code that cannot throw: counts `units` of work (roughly a nanosecond each) and
    /// looks at the clock every million. Once the budget has run out, `exceeded` says why and the
    /// interpreter's next step fails.
    @inline(__always)
    public func noteWork(_ units: Int) {
        workSinceCheck &+= units
        if workSinceCheck >= Budget.workPerCheck {
            workSinceCheck = 0
            _ = isExhausted
        }
    }

    /// Records why the budget ran out (the first reason sticks) and returns it to throw. The
    /// step checkpoint drops to 0 so the interpreter's next step sees it too.
    private func fail(_ kind: BudgetExceeded.Kind, _ message: String) -> BudgetExceeded {
        stepCheckpoint = 0
        if let exceeded { return exceeded }
        let error = BudgetExceeded(kind: kind, message: message)
        exceeded = error
        return error
    }

    // MARK: The current thread's budget

    /// The budget installed on the calling thread, or nil (plain Swift use: no limits).
    public static var current: Budget? {
        CurrentBudget.value
    }

    /// Runs `body` with this budget installed on the calling thread, restoring the previous one after.
    public func install<R>(_ body: () throws -> R) rethrows -> R {
        let previous = CurrentBudget.value
        CurrentBudget.value = self
        defer { CurrentBudget.value = previous }
        return try body()
    }

    /// `check()` on the current thread's budget, if any.
    @inline(__always)
    public static func checkCurrent() throws {
        if let budget = current { try budget.check() }
    }

    /// `noteWork(_:)` on the current thread's budget, if any.
    @inline(__always)
    public static func noteWork(_ units: Int) {
        current?.noteWork(units)
    }

    // MARK: Helpers

    /// Monotonic nanoseconds.
    static func now() -> UInt64 { read(CLOCK_MONOTONIC) }

    /// Monotonic nanoseconds at the kernel tick's resolution (a few milliseconds), for the
    /// deadline checks that run after every native call: reading it costs a few nanoseconds
    /// (no timer read), and a deadline of seconds does not need better.
    static func coarseNow() -> UInt64 {
        #if os(Linux)
        return read(CLOCK_MONOTONIC_COARSE)
        #else
        return now()
        #endif
    }

    private static func read(_ clock: clockid_t) -> UInt64 {
        var time = timespec()
        clock_gettime(clock, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }

    /// `a + b`, or `Int.max` instead of overflowing.
    public static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? .max : .min) : sum
    }

    /// `a × b`, or `Int.max` instead of overflowing (for non-negative operands).
    public static func saturatingProduct(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : product
    }

    /// Seconds as limits print them: `10`, `0.5`.
    public static func describe(seconds: Double) -> String {
        seconds == seconds.rounded() && Swift.abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
    }

    /// Bytes in binary units, as the memory limit prints them: `4 GiB`, `1.5 GiB`, `300 MiB`.
    public static func describe(bytes: Int) -> String {
        let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, unit) in units where bytes >= size {
            let value = Double(bytes) / Double(size)
            let rounded = (value * 10).rounded() / 10
            return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + " " + unit
        }
        return "\(bytes) bytes"
    }
}

/// Checks a budget every `interval` units of native work (loop iterations, comparisons), so a
/// long loop looks at the clock every few milliseconds without paying for it on every pass.
///
///     var checkpoints = BudgetCheckpoints(every: 4_096)
///     for row in rows { try checkpoints.pass(); … }
public struct BudgetCheckpoints {
    private let budget: Budget?
    private let interval: Int
    private var remaining: Int

    /// Checks `budget` (by default the calling thread's) every `interval` passes.
    public init(every interval: Int, budget: Budget? = Budget.current) {
        self.budget = budget
        self.interval = Swift.max(interval, 1)
        self.remaining = self.interval
    }

    /// Counts one unit of work; every `interval` units, checks the budget.
    @inline(__always)
    public mutating func pass() throws {
        remaining -= 1
        if remaining <= 0 {
            remaining = interval
            try budget?.check()
        }
    }

    /// `pass()` for code that cannot throw: false once the budget has run out (see `Budget.exceeded`).
    @inline(__always)
    public mutating func passIfWithinBudget() -> Bool {
        remaining -= 1
        if remaining <= 0 {
            remaining = interval
            return !(budget?.isExhausted ?? false)
        }
        return true
    }
}

/// A limit of a `Budget` was reached. Its message is written for the lesson's reader:
/// `time limit of 5 s exceeded`, `allocation of 60000000 elements exceeds the limit of 50000000`.
public struct BudgetExceeded: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable { case steps, time, allocation, memory }
    public var kind: Kind
    public var message: String
    public var description: String { message }

    /// The same limit, with where it was reached: `time limit of 5 s exceeded (in fit, epoch 3 of 100)`.
    public func during(_ context: String) -> BudgetExceeded {
        BudgetExceeded(kind: kind, message: message + " (in \(context))")
    }
}

/// The calling thread's budget, in a POSIX thread-specific slot (not retained: `install` keeps
/// the budget alive while it is current). Several sessions on parallel threads — a grader checking
/// submissions side by side — each see their own.
enum CurrentBudget {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    static var value: Budget? {
        get { pthread_getspecific(key).map { Unmanaged<Budget>.fromOpaque($0).takeUnretainedValue() } }
        set { pthread_setspecific(key, newValue.map { UnsafeRawPointer(Unmanaged.passUnretained($0).toOpaque()) }) }
    }
}

/// The process's resident memory, read from `/proc/self/statm` (Linux); nil elsewhere.
enum ResidentMemory {
    #if os(Linux)
    /// Kept open for the life of the process: one `pread` per measurement.
    private static let file: Int32 = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    #endif

    static func bytes() -> Int? {
        #if os(Linux)
        guard file >= 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let count = pread(file, base, buffer.count, 0)
            guard count > 0 else { return nil }
            // "size resident shared …": the second field, in pages.
            var field = 0, pages = 0, sawDigit = false
            for byte in UnsafeBufferPointer(start: base, count: count) {
                if byte == UInt8(ascii: " ") {
                    if field == 1 { break }
                    field += 1
                } else if field == 1, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    pages = pages &* 10 &+ Int(byte - UInt8(ascii: "0"))
                    sawDigit = true
                }
            }
            return sawDigit ? Budget.saturatingProduct(pages, pageSize) : nil
        }
        #else
        return nil
        #endif
    }
}
