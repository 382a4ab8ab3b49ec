/// An error thrown with `throw` by lesson code, or by a native library function, that lesson
/// code may catch with `do`/`catch` or `try?`.
///
/// Runtime failures (index out of range, overflow, budgets…) are `LecternError`s instead: Swift
/// traps on those, so lesson code cannot catch them either.
struct ThrownError: Error {
    let value: Value
    let loc: SourceLoc
}

/// A Swift error from a native library, as a lesson value (its description is the error's).
final class NativeError: CustomStringConvertible {
    let error: Error
    init(_ error: Error) { self.error = error }
    var description: String { String(describing: error) }
}
