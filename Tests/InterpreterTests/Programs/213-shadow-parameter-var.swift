// A parameter shadowed by a local var of the same name (`var n = n`), a common Swift idiom.
func digitsSum(_ n: Int) -> Int {
    var n = n
    var total = 0
    while n > 0 { total += n % 10; n /= 10 }
    return total
}
print(digitsSum(9875))
func normalised(_ xs: [Double]) -> [Double] {
    var xs = xs
    let total = xs.reduce(0, +)
    for i in xs.indices { xs[i] /= total }
    return xs
}
print(normalised([1, 3]))
func countdown(from start: Int) -> [Int] {
    var start = start, out: [Int] = []
    while start > 0 { out.append(start); start -= 2 }
    return out
}
print(countdown(from: 7))
