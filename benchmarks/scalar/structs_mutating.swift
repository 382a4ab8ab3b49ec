// Scalar benchmark: the orbit of structs.swift as a particle stepped by a mutating method, 400 000 steps.
struct Vec2 {
    var x: Double
    var y: Double
    static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x + b.x, y: a.y + b.y) }
    static func * (s: Double, v: Vec2) -> Vec2 { Vec2(x: s * v.x, y: s * v.y) }
    func dot(_ o: Vec2) -> Double { x * o.x + y * o.y }
    var length: Double { dot(self).squareRoot() }
}
struct Particle {
    var position: Vec2
    var velocity: Vec2
    var longest = 0.0
    mutating func step(dt: Double) {
        let r = position.length
        let accel = (-1.0 / (r * r * r)) * position
        velocity = velocity + dt * accel
        position = position + dt * velocity
        if r > longest { longest = r }
    }
}
var particle = Particle(position: Vec2(x: 1, y: 0), velocity: Vec2(x: 0, y: 1))
for _ in 0..<400_000 {
    particle.step(dt: 0.001)
}
print(particle.position.x, particle.position.y, particle.longest)
