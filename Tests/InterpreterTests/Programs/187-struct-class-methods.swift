// Struct and class methods: value receivers, mutating calls in loops, reference receivers.
struct Vector2 {
    var x: Double, y: Double
    func dot(_ o: Vector2) -> Double { x * o.x + y * o.y }
    func scaled(_ k: Double) -> Vector2 { Vector2(x: x * k, y: y * k) }
    var length: Double { dot(self).squareRoot() }
    mutating func normalise() { let l = length; x /= l; y /= l }
    mutating func add(_ o: Vector2) { x += o.x; y += o.y }
}
var position = Vector2(x: 0, y: 0)
let velocity = Vector2(x: 1, y: 0.5)
for step in 1...4 {
    position.add(velocity.scaled(Double(step)))
}
print(position, position.length)
var unit = position
unit.normalise()
print((unit.length * 1e12).rounded() / 1e12, position.x)

final class Particle {
    var position: Vector2
    var velocity: Vector2
    init(position: Vector2, velocity: Vector2) { self.position = position; self.velocity = velocity }
    func step(dt: Double, gravity: Double) {
        velocity.y -= gravity * dt
        position.add(velocity.scaled(dt))
    }
}
let p = Particle(position: Vector2(x: 0, y: 10), velocity: Vector2(x: 2, y: 0))
var t = 0.0
while p.position.y > 0 {
    p.step(dt: 0.1, gravity: 9.8)
    t += 0.1
}
print((t * 10).rounded() / 10, (p.position.x * 1000).rounded() / 1000)
let particles = (0..<3).map { Particle(position: Vector2(x: Double($0), y: 0), velocity: Vector2(x: 0, y: 1)) }
for q in particles { q.step(dt: 1, gravity: 0) }
print(particles.map { $0.position.y }, particles.map { $0.position.x })
