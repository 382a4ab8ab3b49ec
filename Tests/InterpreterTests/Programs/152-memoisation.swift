// Memoised recursion with a dictionary: Fibonacci numbers, binomial coefficients, edit distance.
var memo: [Int: Int] = [:]
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let v = memo[n] { return v }
    let v = fib(n - 1) + fib(n - 2)
    memo[n] = v
    return v
}
print(fib(50), fib(90), memo.count)

var binomials: [String: Int] = [:]
func choose(_ n: Int, _ k: Int) -> Int {
    if k == 0 || k == n { return 1 }
    let key = "\(n),\(k)"
    if let v = binomials[key] { return v }
    let v = choose(n - 1, k - 1) + choose(n - 1, k)
    binomials[key] = v
    return v
}
print(choose(10, 3), choose(30, 15), (0...6).map { choose(6, $0) })

func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 0...x.count { table[i][0] = i }
    for j in 0...y.count { table[0][j] = j }
    for i in 1...x.count {
        for j in 1...y.count {
            let cost = x[i - 1] == y[j - 1] ? 0 : 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        }
    }
    return table[x.count][y.count]
}
print(editDistance("kitten", "sitting"), editDistance("gradient", "radiant"), editDistance("abc", "abd"))
