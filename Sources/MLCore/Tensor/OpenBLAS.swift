#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Debian's OpenBLAS (`libopenblas.so.0`, from `libopenblas0`), opened the first time a matrix
/// product needs it rather than linked.
///
/// Why not link it: the pthread build of OpenBLAS starts its worker threads when the library is
/// loaded, and they spin in `sched_yield` for a while waiting for work. Linked, that happened in
/// every `lectern` process — a busy second core and a few milliseconds of start-up for a lesson
/// that never multiplies a matrix. Opened on demand, only lessons that use tensors pay for it.
/// Without the library (or with `LECTERN_BLAS=off` in the environment) `Gemm` uses its own kernel.
enum OpenBLAS {
    /// `cblas_dgemm` with OpenBLAS's LP64 interface: C enums and `blasint` are 32-bit.
    typealias Dgemm = @convention(c) (
        Int32, Int32, Int32, Int32, Int32, Int32, Double, UnsafePointer<Double>?, Int32,
        UnsafePointer<Double>?, Int32, Double, UnsafeMutablePointer<Double>?, Int32
    ) -> Void

    static let rowMajor: Int32 = 101  // CblasRowMajor
    static let noTranspose: Int32 = 111  // CblasNoTrans
    static let transpose: Int32 = 112  // CblasTrans

    /// The library's `cblas_dgemm`, or nil when it cannot be used; resolved once, thread-safely.
    static let dgemm: Dgemm? = load()

    private static func load() -> Dgemm? {
        if let setting = getenv("LECTERN_BLAS"), String(cString: setting) == "off" { return nil }
        #if os(Linux)
        let names = ["libopenblas.so.0", "libopenblas.so"]
        #else
        let names = ["libopenblas.dylib"]
        #endif
        for name in names {
            // Never closed: the function pointer is used for the rest of the process.
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            if let symbol = dlsym(handle, "cblas_dgemm") { return unsafeBitCast(symbol, to: Dgemm.self) }
            dlclose(handle)
        }
        return nil
    }
}
