# Scalar benchmark peer: the same particle as structs_mutating.swift, stepped by a method that updates it.
# math.sqrt, not ** 0.5: pow rounds differently from squareRoot() in the last digit.
import math

class Vec2:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec2(self.x + o.x, self.y + o.y)
    def __rmul__(self, s):
        return Vec2(s * self.x, s * self.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    @property
    def length(self):
        return math.sqrt(self.dot(self))

class Particle:
    __slots__ = ("position", "velocity", "longest")
    def __init__(self, position, velocity):
        self.position = position
        self.velocity = velocity
        self.longest = 0.0
    def step(self, dt):
        r = self.position.length
        accel = (-1.0 / (r * r * r)) * self.position
        self.velocity = self.velocity + dt * accel
        self.position = self.position + dt * self.velocity
        if r > self.longest:
            self.longest = r

particle = Particle(Vec2(1.0, 0.0), Vec2(0.0, 1.0))
for _ in range(400_000):
    particle.step(0.001)
print(particle.position.x, particle.position.y, particle.longest)
