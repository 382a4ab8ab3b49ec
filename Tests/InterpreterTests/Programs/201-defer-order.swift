// defer blocks run in reverse order at scope exit, including early returns and loop iterations.
var log: [String] = []
func process(_ items: [Int]) -> Int {
    log.append("start")
    defer { log.append("end") }
    var total = 0
    for i in items {
        defer { log.append("after \(i)") }
        if i < 0 { continue }
        if i > 100 { return -1 }
        total += i
    }
    defer { log.append("first registered, runs second") }
    defer { log.append("second registered, runs first") }
    return total
}
print(process([1, -2, 3]))
print(log)
log.removeAll()
print(process([5, 500, 6]))
print(log)
func nested() {
    defer { print("outer defer") }
    do {
        defer { print("inner defer") }
        print("inside do")
    }
    print("after do")
}
nested()
