// A reproducible train/test split with a hand-written linear congruential generator.
struct LCG {
    var state: Int
    mutating func next() -> Int {
        state = (state &* 1103515245 &+ 12345) % 2147483648
        return state
    }
}

func shuffled(_ xs: [Int], seed: Int) -> [Int] {
    var g = LCG(state: seed)
    var a = xs
    for i in stride(from: a.count - 1, to: 0, by: -1) {
        let j = g.next() % (i + 1)
        a.swapAt(i, j)
    }
    return a
}

let indices = Array(0..<12)
let order = shuffled(indices, seed: 42)
print(order)
print(order.sorted() == indices)
let cut = Int(Double(order.count) * 0.75)
let train = Array(order[0..<cut]).sorted()
let test = Array(order[cut..<order.count]).sorted()
print("train", train)
print("test", test)
print(Set(train).intersection(test).isEmpty, train.count + test.count)
print(shuffled(indices, seed: 42) == order, shuffled(indices, seed: 7) == order)
