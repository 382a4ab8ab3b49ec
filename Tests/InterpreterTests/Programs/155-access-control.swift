// Access modifiers in a model type: private storage, private(set) counters, fileprivate helpers.
fileprivate func clip(_ x: Double) -> Double { min(max(x, -1), 1) }

struct GradientClipper {
    private(set) var clippedCount = 0
    private var history: [Double] = []
    public var limit = 1.0
    mutating func clipped(_ g: [Double]) -> [Double] {
        let out = g.map { clip($0 / limit) * limit }
        clippedCount += zip(g, out).filter { $0 != $1 }.count
        history.append(contentsOf: out)
        return out
    }
    var historySize: Int { history.count }
}
var clipper = GradientClipper()
print(clipper.clipped([0.5, 3, -2]))
clipper.limit = 2
print(clipper.clipped([0.5, 3, -2]))
print(clipper.clippedCount, clipper.historySize)

final class Account {
    private(set) var balance = 0
    private var log: [String] = []
    func deposit(_ n: Int) { balance += n; log.append("+\(n)") }
    internal func summary() -> String { log.joined(separator: " ") + " = \(balance)" }
}
let acct = Account()
acct.deposit(5); acct.deposit(7)
print(acct.balance, acct.summary())
