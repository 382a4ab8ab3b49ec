// Extensions of user types and builtin types.
struct Point { var x: Double, y: Double }
extension Point {
    init(polar r: Double, angle: Double) { self.init(x: r * angle, y: r) }
    var length: Double { (x * x + y * y).squareRoot() }
    static let origin = Point(x: 0, y: 0)
    mutating func translate(dx: Double) { x += dx }
}
var p = Point(x: 3, y: 4)
print(p.length, Point.origin.x, Point(polar: 2, angle: 0.5).x)
p.translate(dx: 1)
print(p.x)

extension Double {
    var squared: Double { self * self }
    func rounded(to places: Int) -> Double {
        var f = 1.0
        for _ in 0..<places { f *= 10 }
        return (self * f).rounded() / f
    }
}
print(3.0.squared, 3.14159.rounded(to: 2))
extension Int {
    var isEven: Bool { self % 2 == 0 }
    static func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
}
print(4.isEven, 7.isEven, Int.factorial(5))
extension String {
    func repeated(_ n: Int) -> String { String(repeating: self, count: n) }
    var isPalindrome: Bool { self == String(reversed()) }
}
print("ab".repeated(3), "level".isPalindrome, "swift".isPalindrome)
extension Array where Element == Double {
    var mean: Double { reduce(0, +) / Double(count) }
    mutating func normalise() { let m = mean; self = map { $0 - m } }
}
var xs = [1.0, 2.0, 6.0]
print(xs.mean)
xs.normalise()
print(xs)
extension Dictionary where Key == String, Value == Int {
    var total: Int { values.reduce(0, +) }
}
print(["a": 1, "b": 5].total)
