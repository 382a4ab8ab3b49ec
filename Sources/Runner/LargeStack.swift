import Foundation

/// Runs `body` on a fresh thread with a large stack and waits for it.
///
/// The interpreter bounds lesson recursion itself, but each lesson-level call costs several
/// native frames, and deeply nested expressions recurse in the front end; a generous stack makes
/// sure those limits, not a native stack overflow, are what a runaway program meets.
public enum LargeStack {
    public static let size = 512 << 20

    public static func run<T>(_ body: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        guard let value = box.value else {
            // Unreachable: the thread always stores a value before signalling.
            return body()
        }
        return value
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}
