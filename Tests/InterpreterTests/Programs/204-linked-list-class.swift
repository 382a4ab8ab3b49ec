// A singly linked list of classes: append, reverse in place, and iterate.
final class ListNode {
    var value: Int
    var next: ListNode?
    init(_ value: Int) { self.value = value }
}
final class LinkedList {
    var head: ListNode?
    var count = 0
    func append(_ v: Int) {
        let node = ListNode(v)
        count += 1
        guard var cursor = head else { head = node; return }
        while let n = cursor.next { cursor = n }
        cursor.next = node
    }
    func reverse() {
        var previous: ListNode? = nil
        var current = head
        while let c = current {
            let next = c.next
            c.next = previous
            previous = c
            current = next
        }
        head = previous
    }
    var values: [Int] {
        var out: [Int] = []
        var c = head
        while let n = c { out.append(n.value); c = n.next }
        return out
    }
}
let list = LinkedList()
for v in [3, 1, 4, 1, 5] { list.append(v) }
print(list.values, list.count)
list.reverse()
print(list.values)
list.head?.value = 50
list.head?.next?.next?.value += 100
print(list.values, list.head?.next?.value as Any)
