import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The operating system's limits on a grading worker, besides the interpreter's budgets:
/// address space and CPU time. They are backstops: the interpreter's deterministic step budget
/// decides a score, and these only stop a worker the budgets did not (native code that runs
/// away, memory that grows until the machine would swap).
public struct WorkerLimits: Sendable, Equatable, Codable {
    /// Address space in MiB. Each cell runs on threads with large reserved stacks, so this is
    /// well above what a lesson touches.
    public var memoryMiB: Int
    /// CPU seconds for the whole worker.
    public var cpuSeconds: Int
    /// Wall-clock seconds before the parent kills the worker.
    public var wallSeconds: Double

    public init(memoryMiB: Int = 4_096, cpuSeconds: Int = 300, wallSeconds: Double = 600) {
        self.memoryMiB = memoryMiB
        self.cpuSeconds = cpuSeconds
        self.wallSeconds = wallSeconds
    }

    /// Applies the limits to the calling process (the worker sets them on itself first thing).
    /// The CPU limit's soft value sends SIGXCPU, the hard value one second later SIGKILL.
    public func applyToThisProcess() {
        var memory = rlimit(rlim_cur: rlim_t(memoryMiB) << 20, rlim_max: rlim_t(memoryMiB) << 20)
        setrlimit(Int32(RLIMIT_AS.rawValue), &memory)
        var cpu = rlimit(rlim_cur: rlim_t(cpuSeconds), rlim_max: rlim_t(cpuSeconds + 1))
        setrlimit(Int32(RLIMIT_CPU.rawValue), &cpu)
        // A crash must not leave a core file per student.
        var core = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &core)
    }

    /// What the feedback says about a worker that ended without finishing.
    func finding(for termination: ChildProcess.Termination, standardError: String, cpuUsed: Double) -> String {
        let memory = standardError.range(of: "memory", options: .caseInsensitive) != nil
            || standardError.range(of: "alloc", options: .caseInsensitive) != nil
        switch termination {
        case .timedOut:
            return "the worker ran longer than the wall-clock backstop of \(Int(wallSeconds)) s and was stopped (the step budget decides scores; this limit only catches what it cannot)"
        case .tooMuchOutput:
            return "the worker wrote more than \(ChildProcess.maximumOutput >> 20) MiB of results and was stopped"
        case .signalled(SIGXCPU):
            return "the worker used up its CPU-time backstop of \(cpuSeconds) s and was stopped"
        case .signalled(SIGKILL) where !memory:
            if cpuUsed >= Double(cpuSeconds) - 0.5 {
                return "the worker used up its CPU-time backstop of \(cpuSeconds) s and was stopped"
            }
            return "the worker was killed (signal 9), most likely because the machine ran out of memory"
        case .signalled(let signal):
            if memory || signal == SIGSEGV || signal == SIGBUS || signal == SIGABRT || signal == SIGTRAP || signal == SIGILL {
                return "the worker ran out of memory (address-space backstop \(memoryMiB) MiB) or crashed (signal \(signal))"
            }
            return "the worker was stopped by signal \(signal)"
        case .exited(let code):
            return memory ? "the worker ran out of memory (address-space backstop \(memoryMiB) MiB)"
                : "the worker stopped before it finished (exit status \(code))"
        case .notStarted(let why):
            return "the worker could not be started: \(why)"
        }
    }
}
