// Optional chaining through properties, methods, subscripts and assignments.
final class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) { self.value = value; self.next = next }
    func doubled() -> Int { value * 2 }
}
let list = Node(1, next: Node(2, next: Node(3)))
print(list.next?.value as Any, list.next?.next?.next?.value as Any)
print(list.next?.next?.doubled() ?? -1)
list.next?.next?.value = 30
print(list.next!.next!.value)
list.next?.next?.next?.value = 99
var count = 0
var cursor: Node? = list
while let c = cursor { count += c.value; cursor = c.next }
print(count)

var scores: [String: [Int]] = ["a": [1, 2]]
scores["a"]?.append(3)
scores["b"]?.append(4)
print(scores["a"]!, scores["b"] as Any, scores["a"]?.count ?? 0, scores["b"]?.count ?? 0)
let words: [String]? = ["x", "yy"]
print(words?.first?.count as Any, words?.map { $0.count } as Any)
let empty: [Int]? = nil
print(empty?.isEmpty as Any, empty?.first as Any)
struct Box { var inner: [Int]? }
var box = Box(inner: [5])
box.inner?[0] += 1
print(box.inner!)
if let v = list.next?.value, v > 1 { print("second is", v) }
let s: String? = "hello"
print(s?.uppercased() ?? "none", s.map { $0.count } ?? 0, s.flatMap { Int($0) } as Any)
