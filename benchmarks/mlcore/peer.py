#!/usr/bin/env python3
"""numpy peer for lectern-bench: the same work, the same shapes, the same step counts.

Prints one line per benchmark, `NAME SECONDS` (best of N), with the names lectern-bench uses.
Training is hand-written numpy: forward, backward (sigmoid + binary cross-entropy fused),
Adam as torch.optim documents it, a fresh shuffle per epoch, the loss and accuracy of every
mini-batch, as MLCore's `fit` does.
"""
import math
import sys
import time

import numpy as np


def best(repeats, body):
    best_time = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        body()
        best_time = min(best_time, time.perf_counter() - start)
    return best_time


def report(name, seconds):
    print(f"{name} {seconds:.6f}", flush=True)


def bench_matmul():
    rng = np.random.default_rng(1)
    for size in (64, 256, 1024):
        a = rng.uniform(-1, 1, (size, size))
        b = rng.uniform(-1, 1, (size, size))
        repeats = 5 if size == 1024 else (20 if size == 256 else 200)
        report(f"matmul_{size}", best(repeats, lambda: a @ b))


class MLP:
    """ReLU hidden layers, sigmoid output; weights [out, in] initialised as torch's nn.Linear."""

    def __init__(self, sizes, rng):
        self.weights, self.biases = [], []
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
            bound = 1 / math.sqrt(fan_in)
            self.weights.append(rng.uniform(-bound, bound, (fan_out, fan_in)))
            self.biases.append(rng.uniform(-bound, bound, fan_out))
        self.params = [p for pair in zip(self.weights, self.biases) for p in pair]

    def forward(self, x):
        self.inputs, self.pre = [], []
        for i, (w, b) in enumerate(zip(self.weights, self.biases)):
            self.inputs.append(x)
            z = x @ w.T + b
            self.pre.append(z)
            x = np.maximum(z, 0) if i < len(self.weights) - 1 else 1 / (1 + np.exp(-z))
        return x

    def backward(self, dz):
        grads = []
        for i in reversed(range(len(self.weights))):
            grads.append(dz.sum(axis=0))
            grads.append(dz.T @ self.inputs[i])
            if i > 0:
                dz = (dz @ self.weights[i]) * (self.pre[i - 1] > 0)
        grads.reverse()  # now [dW0, db0, dW1, db1, ...]
        return grads


class Adam:
    def __init__(self, params, lr, beta1=0.9, beta2=0.999, eps=1e-8):
        self.params, self.lr, self.b1, self.b2, self.eps = params, lr, beta1, beta2, eps
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, grads):
        self.t += 1
        c1 = 1 - self.b1 ** self.t
        c2 = math.sqrt(1 - self.b2 ** self.t)
        for p, g, m, v in zip(self.params, grads, self.m, self.v):
            m *= self.b1
            m += (1 - self.b1) * g
            v *= self.b2
            v += (1 - self.b2) * g * g
            p -= (self.lr / c1) * m / (np.sqrt(v) / c2 + self.eps)


def bce(p, y):
    with np.errstate(divide="ignore"):
            return float(-np.mean(y * np.maximum(np.log(p), -100) + (1 - y) * np.maximum(np.log(1 - p), -100)))


def fit(model, optimizer, x, y, epochs, batch, rng, validation=None):
    n = len(x)
    history = []
    for _ in range(epochs):
        order = rng.permutation(n)
        total_loss = correct = 0.0
        for start in range(0, n, batch):
            idx = order[start:start + batch]
            xb, yb = x[idx], y[idx]
            p = model.forward(xb)
            total_loss += bce(p, yb) * len(idx)
            correct += float(np.sum((p >= 0.5) == (yb >= 0.5)))
            grads = model.backward((p - yb) / p.size)
            optimizer.step(grads)
        entry = [total_loss / n, correct / n]
        if validation is not None:
            vx, vy = validation
            p = model.forward(vx)
            entry += [bce(p, vy), float(np.mean((p >= 0.5) == (vy >= 0.5)))]
        history.append(entry)
    return history


def bench_train():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((10_000, 28))
    y = (x[:, :4].sum(axis=1) > 0).astype(float).reshape(-1, 1)

    def one_epoch():
        r = np.random.default_rng(2)
        model = MLP([28, 64, 64, 1], r)
        fit(model, Adam(model.params, 0.001), x, y, 1, 128, r)

    report("train_epoch_mlp28", best(5, one_epoch))


def moons(count, noise, rng):
    outer, inner = count // 2, count - count // 2
    t_out = np.linspace(0, math.pi, outer)
    t_in = np.linspace(0, math.pi, inner)
    x = np.vstack([np.column_stack([np.cos(t_out), np.sin(t_out)]),
                   np.column_stack([1 - np.cos(t_in), 0.5 - np.sin(t_in)])])
    x += rng.normal(0, noise, x.shape)
    y = np.concatenate([np.zeros(outer), np.ones(inner)]).reshape(-1, 1)
    order = rng.permutation(count)
    return x[order], y[order]


def bench_moons():
    rng = np.random.default_rng(1)
    x, y = moons(500, 0.2, rng)
    train, validation = (x[:400], y[:400]), (x[400:], y[400:])
    result = {}

    def run():
        r = np.random.default_rng(3)
        model = MLP([2, 16, 16, 1], r)
        result["history"] = fit(model, Adam(model.params, 0.01), *train, 500, 32, r, validation)

    report("moons_fit_500_epochs", best(3, run))
    print(f"moons validation accuracy {result['history'][-1][3]}", file=sys.stderr)


def bench_elementwise():
    x = np.random.default_rng(1).uniform(-5, 5, 1_000_000)
    rows = [
        ("exp_1e6", lambda: np.exp(x)),
        ("sigmoid_1e6", lambda: 1 / (1 + np.exp(-x))),
        ("tanh_1e6", lambda: np.tanh(x)),
        ("sum_1e6", lambda: x.sum()),
        ("mean_1e6", lambda: x.mean()),
        ("max_1e6", lambda: x.max()),
    ]
    for name, body in rows:
        report(name, best(20, body))


def main():
    only = sys.argv[1] if len(sys.argv) > 1 else None
    if only in (None, "elementwise"):
        bench_elementwise()
    if only in (None, "matmul"):
        bench_matmul()
    if only in (None, "train"):
        bench_train()
    if only in (None, "moons"):
        bench_moons()


if __name__ == "__main__":
    main()
