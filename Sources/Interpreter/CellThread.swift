import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a cell's work on a thread of its own with a large stack, and says so when no such
/// thread can be started.
///
/// Foundation's `Thread` gives no sign when the system refuses to create a thread (a process
/// near its address-space limit cannot reserve a 512 MiB stack): the caller would wait forever.
/// A grading worker under an OS memory limit meets exactly that, so cells start their thread
/// with `pthread_create` and fail with a clear message instead.
public enum CellThread {
    /// `body`'s result, or nil when the thread could not be started.
    public static func run<T>(stackSize: Int, _ body: @escaping () -> T) -> T? {
        let task = Task(body)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(task).toOpaque()
        let started = pthread_create(&thread, &attributes, { context in
            guard let context else { return nil }
            Unmanaged<AnyTask>.fromOpaque(context).takeRetainedValue().execute()
            return nil
        }, context)
        guard started == 0 else {
            Unmanaged<AnyTask>.fromOpaque(context).release()
            return nil
        }
        pthread_join(thread, nil)
        return task.result
    }

    private class AnyTask {
        func execute() {}
    }

    private final class Task<T>: AnyTask {
        let body: () -> T
        var result: T?
        init(_ body: @escaping () -> T) { self.body = body }
        override func execute() { result = body() }
    }
}
