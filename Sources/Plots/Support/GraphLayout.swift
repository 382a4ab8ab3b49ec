/// Places a computational graph's values in columns by depth, inputs left and output right.
///
/// A value's column is one more than its deepest operand's; a leaf sits just left of its first
/// consumer, as a hand-drawn micrograd diagram would have it. Within a column, values follow a
/// depth-first walk from the outputs, so operands sit near each other and near their result.
struct GraphLayout {
    /// A node with its place.
    struct Placed {
        var node: GraphNode
        var column: Int
        var row: Int
        /// Indices (into `placed`) of its operands, in edge order.
        var inputs: [Int]
    }

    var placed: [Placed]
    var columnCount: Int
    var rowCount: Int

    init(_ graph: GraphFigure) {
        // The first node with a given id wins; later duplicates are dropped.
        var indexOf: [Int: Int] = [:]
        var nodes: [GraphNode] = []
        for node in graph.nodes where indexOf[node.id] == nil {
            indexOf[node.id] = nodes.count
            nodes.append(node)
        }
        let count = nodes.count
        var inputs = Array(repeating: [Int](), count: count)
        var outputs = Array(repeating: [Int](), count: count)
        for edge in graph.edges {
            guard let from = indexOf[edge.input], let to = indexOf[edge.output], from != to else { continue }
            if inputs[to].contains(from) { continue }
            inputs[to].append(from)
            outputs[from].append(to)
        }
        // Longest-path depth by Kahn's algorithm; nodes on a cycle keep depth 0 and their
        // remaining edges are simply drawn backwards.
        var depth = Array(repeating: 0, count: count)
        var pending = inputs.map(\.count)
        var queue = (0..<count).filter { pending[$0] == 0 }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in outputs[node] {
                depth[next] = max(depth[next], depth[node] + 1)
                pending[next] -= 1
                if pending[next] == 0 { queue.append(next) }
            }
        }
        // Leaves move right to sit next to their nearest consumer.
        for node in 0..<count where inputs[node].isEmpty {
            let consumerDepths = outputs[node].map { depth[$0] }
            if let nearest = consumerDepths.min(), nearest - 1 > depth[node] { depth[node] = nearest - 1 }
        }
        // Depth-first order from the sinks, operands in edge order.
        var order = Array(repeating: Int.max, count: count)
        var counter = 0
        let sinks = (0..<count).filter { outputs[$0].isEmpty }
        var visitStack = Array(sinks.reversed())
        while let node = visitStack.popLast() {
            if order[node] != Int.max { continue }
            order[node] = counter
            counter += 1
            for operand in inputs[node].reversed() where order[operand] == Int.max { visitStack.append(operand) }
        }
        // Nodes reachable from no sink (only on a cycle) come last.
        for node in 0..<count where order[node] == Int.max {
            order[node] = counter
            counter += 1
        }
        let columnCount = (depth.max() ?? -1) + 1
        var rows = Array(repeating: 0, count: count)
        var rowCount = 0
        var columns = Array(repeating: [Int](), count: max(columnCount, 0))
        for node in 0..<count where depth[node] >= 0 && depth[node] < columnCount { columns[depth[node]].append(node) }
        for members in columns {
            for (row, node) in members.sorted(by: { order[$0] < order[$1] }).enumerated() { rows[node] = row }
            rowCount = max(rowCount, members.count)
        }
        self.placed = (0..<count).map { Placed(node: nodes[$0], column: depth[$0], row: rows[$0], inputs: inputs[$0]) }
        self.columnCount = columnCount
        self.rowCount = rowCount
    }

    /// Vertical positions in row units (0 at the top): each result sits level with the middle
    /// of its operands, pushed down only as far as needed to keep one row between boxes.
    func verticalPositions() -> [Double] {
        var y = Array(repeating: 0.0, count: placed.count)
        var members = Array(repeating: [Int](), count: max(columnCount, 0))
        for (index, node) in placed.enumerated() where node.column >= 0 && node.column < columnCount {
            members[node.column].append(index)
        }
        for column in members.indices {
            members[column].sort { placed[$0].row < placed[$1].row }
            let offset = Double(rowCount - members[column].count) / 2
            for index in members[column] { y[index] = Double(placed[index].row) + offset }
        }
        for column in members.indices where column > 0 {
            let desired = members[column].map { index -> (index: Int, y: Double) in
                let inputs = placed[index].inputs
                guard !inputs.isEmpty else { return (index, y[index]) }
                return (index, inputs.map { y[$0] }.reduce(0, +) / Double(inputs.count))
            }.sorted { $0.y != $1.y ? $0.y < $1.y : placed[$0.index].row < placed[$1.index].row }
            var previous = -Double.infinity
            for entry in desired {
                y[entry.index] = max(entry.y, previous + 1)
                previous = y[entry.index]
            }
        }
        let top = y.min() ?? 0
        return y.map { $0 - top }
    }

}
