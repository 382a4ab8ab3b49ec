// ObjectIdentifier for sets of visited graph nodes.
final class GraphNode {
    let name: String
    var edges: [GraphNode] = []
    init(_ name: String) { self.name = name }
}
let a = GraphNode("a"), b = GraphNode("b"), c = GraphNode("c"), d = GraphNode("d")
a.edges = [b, c]
b.edges = [d]
c.edges = [d, a]
d.edges = [b]

func reachable(from start: GraphNode) -> [String] {
    var seen = Set<ObjectIdentifier>()
    var order: [String] = []
    var stack = [start]
    while let node = stack.popLast() {
        if seen.contains(ObjectIdentifier(node)) { continue }
        seen.insert(ObjectIdentifier(node))
        order.append(node.name)
        for e in node.edges.reversed() { stack.append(e) }
    }
    return order
}
print(reachable(from: a))
print(reachable(from: d))
print(ObjectIdentifier(a) == ObjectIdentifier(a), ObjectIdentifier(a) == ObjectIdentifier(b))
var depth: [ObjectIdentifier: Int] = [ObjectIdentifier(a): 0]
var queue = [a]
while !queue.isEmpty {
    let n = queue.removeFirst()
    for e in n.edges where depth[ObjectIdentifier(e)] == nil {
        depth[ObjectIdentifier(e)] = depth[ObjectIdentifier(n)]! + 1
        queue.append(e)
    }
}
print([a, b, c, d].map { depth[ObjectIdentifier($0)]! })
print(a === c.edges[1], b !== d)
