/// A figure that cannot be drawn from the values given, with a message saying what was expected.
///
/// Lesson code shows the message verbatim, so it names the value at fault and what would work,
/// e.g. "a decision boundary needs a model with 2 inputs, but this model takes 3".
public struct FigureError: Error, Equatable, CustomStringConvertible {
    /// The explanation, written for the person who called the figure function.
    public let message: String

    /// Creates an error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
