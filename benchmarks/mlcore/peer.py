#!/usr/bin/env python3
"""numpy peer for lectern-bench: the same work, the same shapes, the same step counts.

Prints one line per benchmark, `NAME SECONDS` (best of N), with the names lectern-bench uses.
"""
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


def main():
    only = sys.argv[1] if len(sys.argv) > 1 else None
    if only in (None, "matmul"):
        bench_matmul()


if __name__ == "__main__":
    main()
