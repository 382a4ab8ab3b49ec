/// Names in the order they were first declared, with constant-time lookup.
///
/// Lowering asks, after each top-level statement, which globals that statement declared: the
/// names added since the count before it. A plain `Set` would have to be copied and subtracted
/// per statement, which made a cell of 50 000 `let`s quadratic.
struct OrderedNames: Sequence {
    private var members: Set<String> = []
    private var order: [String] = []

    var count: Int { order.count }

    func contains(_ name: String) -> Bool { members.contains(name) }

    mutating func insert(_ name: String) {
        if members.insert(name).inserted { order.append(name) }
    }

    /// The names declared after the first `count`.
    func names(since count: Int) -> ArraySlice<String> { order[Swift.min(count, order.count)...] }

    func makeIterator() -> IndexingIterator<[String]> { order.makeIterator() }
}
