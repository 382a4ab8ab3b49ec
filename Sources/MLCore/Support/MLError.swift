/// An error a user of MLCore can cause: a shape mismatch, a bad argument, a malformed data file.
///
/// Every case carries a message written for the person who made the mistake, naming the shapes
/// or values involved, so a lesson can show it verbatim.
public enum MLError: Error, Equatable, CustomStringConvertible {
    /// Two tensors whose shapes do not fit the operation (e.g. `[2, 3]` and `[4]` for `+`).
    case shapeMismatch(String)
    /// An argument outside its allowed range (a negative count, a split fraction of 1.5, …).
    case invalidArgument(String)
    /// A data file that is missing, unreadable or malformed; the message says `file:line`.
    case dataFile(String)

    /// The message alone, without the case name.
    public var message: String {
        switch self {
        case .shapeMismatch(let text), .invalidArgument(let text), .dataFile(let text): return text
        }
    }

    public var description: String {
        switch self {
        case .shapeMismatch(let text): return "shape mismatch: \(text)"
        case .invalidArgument(let text): return "invalid argument: \(text)"
        case .dataFile(let text): return text
        }
    }
}

/// Formats a shape the way Swift prints an array, e.g. `[2, 3]`.
func describe(shape: [Int]) -> String { "[" + shape.map(String.init).joined(separator: ", ") + "]" }

/// Throws `MLError.invalidArgument` with `message` unless `condition` holds.
@inline(__always)
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw MLError.invalidArgument(message()) }
}
