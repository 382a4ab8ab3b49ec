// Scalar benchmark: eight particles in a [Vec2] pair of arrays, stepped through their indices, 50 000 steps.
struct Vec2 {
    var x: Double
    var y: Double
    static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x + b.x, y: a.y + b.y) }
    static func * (s: Double, v: Vec2) -> Vec2 { Vec2(x: s * v.x, y: s * v.y) }
    func dot(_ o: Vec2) -> Double { x * o.x + y * o.y }
    var length: Double { dot(self).squareRoot() }
}
var positions: [Vec2] = []
var velocities: [Vec2] = []
for k in 0..<8 {
    let r = 1.0 + Double(k) * 0.25
    positions.append(Vec2(x: r, y: 0))
    velocities.append(Vec2(x: 0, y: 1 / r.squareRoot()))
}
let dt = 0.001
var longest = 0.0
for _ in 0..<50_000 {
    for i in positions.indices {
        let r = positions[i].length
        let accel = (-1.0 / (r * r * r)) * positions[i]
        velocities[i] = velocities[i] + dt * accel
        positions[i] = positions[i] + dt * velocities[i]
        if r > longest { longest = r }
    }
}
var sx = 0.0
var sy = 0.0
for p in positions {
    sx += p.x
    sy += p.y
}
print(sx, sy, longest)
