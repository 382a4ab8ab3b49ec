#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A per-thread override of `Tensor.maximumElementCount`.
///
/// The interpreter lowers the tensor size limit to its own allocation budget while a cell runs.
/// Kept per thread, two sessions running side by side (a grader checking several submissions at
/// once) each keep their own limit instead of overwriting one another's. Stored in a POSIX
/// thread-specific slot as the pointer's bit pattern: no allocation, nothing to free.
enum ThreadElementLimit {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// This thread's limit, or nil where none was set.
    static var value: Int? {
        get { pthread_getspecific(key).map { Int(bitPattern: $0) } }
        set { pthread_setspecific(key, newValue.flatMap { UnsafeRawPointer(bitPattern: $0) }) }
    }
}
