/// Places a tree's nodes: leaves side by side in depth-first order, each parent centred over its
/// first and last child, one row per depth (a simple tidy layout: subtrees never overlap because
/// every leaf has a column of its own).
struct TreeLayout {
    /// A placed node: its index in the diagram, column position (in leaf units) and depth.
    struct Placed {
        var node: Int
        var x: Double
        var depth: Int
        /// Indices into `placed` of its children, in branch order.
        var children: [Int]
        /// The branch that leads to it (0 for the first child), nil for the root.
        var branch: Int?
    }

    var placed: [Placed]
    var leafCount: Int
    var depthCount: Int

    init(_ diagram: TreeDiagram) {
        var placed: [Placed] = []
        guard !diagram.nodes.isEmpty else {
            self.placed = []; leafCount = 0; depthCount = 0
            return
        }
        // Pre-order walk with an explicit stack; each node is placed once.
        var seen = Set<Int>()
        var stack: [(node: Int, depth: Int, parent: Int?, branch: Int?)] = [(0, 0, nil, nil)]
        while let (node, depth, parent, branch) = stack.popLast() {
            guard node >= 0, node < diagram.nodes.count, !seen.contains(node) else { continue }
            seen.insert(node)
            let index = placed.count
            placed.append(Placed(node: node, x: 0, depth: depth, children: [], branch: branch))
            if let parent { placed[parent].children.append(index) }
            for (b, child) in diagram.nodes[node].children.enumerated().reversed() {
                stack.append((child, depth + 1, index, b))
            }
        }
        // Leaves in pre-order take columns 0, 1, 2, …; parents (later in reverse pre-order) centre.
        var nextLeaf = 0.0
        for i in placed.indices where placed[i].children.isEmpty {
            placed[i].x = nextLeaf
            nextLeaf += 1
        }
        for i in placed.indices.reversed() where !placed[i].children.isEmpty {
            let xs = placed[i].children.map { placed[$0].x }
            placed[i].x = ((xs.first ?? 0) + (xs.last ?? 0)) / 2
        }
        self.placed = placed
        leafCount = Int(nextLeaf)
        depthCount = (placed.map(\.depth).max() ?? 0) + 1
    }
}
