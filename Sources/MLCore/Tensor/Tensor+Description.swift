/// Printing tensors: Swift's number format, numpy's layout.
///
/// Numbers print exactly as Swift prints a Double (`0.1`, `1e-05`), rows of a matrix on their own
/// lines with aligned columns, and tensors over 1000 elements show only 3 items at each end of every
/// axis with `...` between them, as numpy does, so a 1000×1000 matrix stays a few lines long.
extension Tensor: CustomStringConvertible, CustomDebugStringConvertible {
    static let summaryThreshold = 1000
    static let edgeItems = 3

    public var description: String {
        if rank == 0 { return "\(scalars.first ?? 0)" }
        let summarize = count > Tensor.summaryThreshold
        var width = 0
        forEachShown(summarize: summarize) { width = Swift.max(width, "\($0)".count) }
        return render(axis: 0, offset: 0, summarize: summarize, width: width, indent: 1)
    }

    public var debugDescription: String { "Tensor(shape: \(describe(shape: shape)), \(description))" }

    /// Indices shown along an axis of `size`: all, or the edges with a gap marker (nil).
    private func shownIndices(size: Int, summarize: Bool) -> [Int?] {
        if !summarize || size <= 2 * Tensor.edgeItems { return Array(0..<size) }
        return Array(0..<Tensor.edgeItems) + [nil] + Array((size - Tensor.edgeItems)..<size)
    }

    private func forEachShown(summarize: Bool, _ body: (Double) -> Void) {
        func visit(axis: Int, offset: Int) {
            let stride = shape[(axis + 1)...].reduce(1, *)
            for index in shownIndices(size: shape[axis], summarize: summarize) {
                guard let index else { continue }
                if axis == rank - 1 { body(scalars[offset + index]) } else { visit(axis: axis + 1, offset: offset + index * stride) }
            }
        }
        visit(axis: 0, offset: 0)
    }

    private func render(axis: Int, offset: Int, summarize: Bool, width: Int, indent: Int) -> String {
        let stride = shape[(axis + 1)...].reduce(1, *)
        let indices = shownIndices(size: shape[axis], summarize: summarize)
        if axis == rank - 1 {
            let items = indices.map { index -> String in
                guard let index else { return String(repeating: " ", count: Swift.max(0, width - 3)) + "..." }
                let text = "\(scalars[offset + index])"
                return String(repeating: " ", count: Swift.max(0, width - text.count)) + text
            }
            return "[" + items.joined(separator: ", ") + "]"
        }
        let blankLines = String(repeating: "\n", count: rank - axis - 1)
        let pad = String(repeating: " ", count: indent)
        let parts = indices.map { index -> String in
            guard let index else { return "..." }
            return render(axis: axis + 1, offset: offset + index * stride, summarize: summarize, width: width, indent: indent + 1)
        }
        return "[" + parts.joined(separator: "," + blankLines + pad) + "]"
    }
}
