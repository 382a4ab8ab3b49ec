# Scalar benchmark peer: the same orbit integration as structs.swift, with a small class and operators.
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
        return self.dot(self) ** 0.5

position = Vec2(1.0, 0.0)
velocity = Vec2(0.0, 1.0)
dt = 0.001
longest = 0.0
for _ in range(400_000):
    r = position.length
    accel = (-1.0 / (r * r * r)) * position
    velocity = velocity + dt * accel
    position = position + dt * velocity
    if r > longest:
        longest = r
print(position.x, position.y, longest)
