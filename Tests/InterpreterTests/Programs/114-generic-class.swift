// A generic class: a fixed-capacity ring buffer keeping the last losses.
final class RingBuffer<T> {
    private var storage: [T?]
    private var head = 0
    private(set) var count = 0
    init(capacity: Int) { storage = Array(repeating: nil, count: capacity) }
    func push(_ x: T) {
        storage[head] = x
        head = (head + 1) % storage.count
        count = min(count + 1, storage.count)
    }
    var elements: [T] {
        var out: [T] = []
        let start = (head - count + storage.count) % storage.count
        for i in 0..<count {
            if let x = storage[(start + i) % storage.count] { out.append(x) }
        }
        return out
    }
}
let recent = RingBuffer<Double>(capacity: 3)
for loss in [0.9, 0.7, 0.6, 0.5, 0.45] { recent.push(loss) }
print(recent.elements, recent.count)
let names = RingBuffer<String>(capacity: 2)
names.push("a")
print(names.elements)
names.push("b"); names.push("c")
print(names.elements)

final class Registry<Key: Hashable, Value> {
    private var items: [Key: Value] = [:]
    func register(_ k: Key, _ v: Value) { items[k] = v }
    func lookup(_ k: Key) -> Value? { items[k] }
    var size: Int { items.count }
}
let reg = Registry<String, (Double) -> Double>()
reg.register("double") { $0 * 2 }
reg.register("negate") { -$0 }
print(reg.lookup("double")?(4) as Any, reg.lookup("missing") == nil, reg.size)
