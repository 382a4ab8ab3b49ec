// A binary min-heap used to pick the k smallest distances.
struct MinHeap {
    private(set) var items: [(priority: Double, id: Int)] = []
    var isEmpty: Bool { items.isEmpty }
    mutating func push(_ priority: Double, _ id: Int) {
        items.append((priority, id))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if items[parent].priority <= items[i].priority { break }
            items.swapAt(parent, i)
            i = parent
        }
    }
    mutating func pop() -> (priority: Double, id: Int)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = 2 * i + 2
            var smallest = i
            if l < items.count && items[l].priority < items[smallest].priority { smallest = l }
            if r < items.count && items[r].priority < items[smallest].priority { smallest = r }
            if smallest == i { break }
            items.swapAt(i, smallest)
            i = smallest
        }
        return top
    }
}
var heap = MinHeap()
let distances = [4.5, 1.25, 9.0, 0.5, 3.0, 7.75, 2.0]
for (i, d) in distances.enumerated() { heap.push(d, i) }
print(heap.items.count, heap.items[0])
var order: [Int] = []
while let next = heap.pop() { order.append(next.id) }
print(order)
print(order.map { distances[$0] } == distances.sorted())
