// Scalar benchmark: a value type with methods and operators, stepped 400 000 times.
struct Vec2 {
    var x: Double
    var y: Double
    static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x + b.x, y: a.y + b.y) }
    static func * (s: Double, v: Vec2) -> Vec2 { Vec2(x: s * v.x, y: s * v.y) }
    func dot(_ o: Vec2) -> Double { x * o.x + y * o.y }
    var length: Double { dot(self).squareRoot() }
}
var position = Vec2(x: 1, y: 0)
var velocity = Vec2(x: 0, y: 1)
let dt = 0.001
var longest = 0.0
for _ in 0..<400_000 {
    let r = position.length
    let accel = (-1.0 / (r * r * r)) * position
    velocity = velocity + dt * accel
    position = position + dt * velocity
    if r > longest { longest = r }
}
print(position.x, position.y, longest)
