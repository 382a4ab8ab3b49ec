// Structs: memberwise init, methods, mutating, computed properties, static, value semantics.
struct Point {
    var x: Double
    var y: Double

    static let origin = Point(x: 0, y: 0)
    static var created = 0

    var length: Double {
        return (x * x + y * y).squareRoot()
    }

    func distance(to other: Point) -> Double {
        let dx = x - other.x
        let dy = y - other.y
        return (dx * dx + dy * dy).squareRoot()
    }

    mutating func scale(by factor: Double) {
        x *= factor
        y *= factor
    }

    func scaled(by factor: Double) -> Point {
        return Point(x: x * factor, y: y * factor)
    }
}

var p = Point(x: 3, y: 4)
print(p)
print(p.length, p.distance(to: Point.origin))
var q = p          // a copy
q.scale(by: 2)
print(p, q)
print(p.scaled(by: 0.5))
p.x = -1
print(p.x, p.y, q.x)
print(Point.origin)

// A struct with a custom initialiser and default property values.
struct Counter {
    var name: String
    var count = 0

    init(name: String) {
        self.name = name
        Point.created += 1
    }

    mutating func tick() {
        count += 1
    }

    var summary: String { "\(name): \(count)" }
}
var c = Counter(name: "steps")
c.tick()
c.tick()
var d = c
d.tick()
print(c.summary, d.summary, Point.created)

// Structs inside arrays are values too.
var points = [Point(x: 1, y: 1), Point(x: 2, y: 2)]
var first = points[0]
first.x = 100
points[1].y = 50
print(points[0], points[1])
print(points.count)
print(first.x, points[0].x)
