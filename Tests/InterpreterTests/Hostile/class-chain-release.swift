// Releasing a long chain of class instances recursed natively and overflowed the stack.
// limits: --timeout 0.5
class Node { var next: Node? = nil; init(_ n: Node?) { next = n } }
var head: Node? = nil
for _ in 0..<1_000_000 { head = Node(head) }
head = nil
print("freed")
