# Scalar benchmark peer: the same momentum optimiser as classes.swift.
class Momentum:
    def __init__(self, rate, beta):
        self.velocity = 0.0
        self.rate = rate
        self.beta = beta
    def step(self, w, gradient):
        self.velocity = self.beta * self.velocity + gradient
        return w - self.rate * self.velocity

optimizer = Momentum(0.001, 0.9)
w = 5.0
steps = 0
for _ in range(300_000):
    g = 2 * (w - 1.5)
    w = optimizer.step(w, g)
    steps += 1
print(steps, w, optimizer.velocity)
