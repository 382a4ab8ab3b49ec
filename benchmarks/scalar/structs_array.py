# Scalar benchmark peer: the same eight particles as structs_array.swift, in two lists stepped by index.
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

positions = []
velocities = []
for k in range(8):
    r = 1.0 + k * 0.25
    positions.append(Vec2(r, 0.0))
    velocities.append(Vec2(0.0, 1 / math.sqrt(r)))
dt = 0.001
longest = 0.0
for _ in range(50_000):
    for i in range(len(positions)):
        r = positions[i].length
        accel = (-1.0 / (r * r * r)) * positions[i]
        velocities[i] = velocities[i] + dt * accel
        positions[i] = positions[i] + dt * velocities[i]
        if r > longest:
            longest = r
sx = 0.0
sy = 0.0
for p in positions:
    sx += p.x
    sy += p.y
print(sx, sy, longest)
