#!/usr/bin/env python3
"""Joins lectern-bench's and peer.py's `NAME SECONDS A B` lines into benchmark lines, naming A and B
by the row: accuracy and AUC for the SVM, inertia and iterations for k-means, the explained
variance ratio of the first component and of the first five for PCA."""
import sys

QUALITY = {"svc_rbf": ("accuracy", "auc"), "kmeans8": ("inertia", "iterations"), "pca": ("ratio1", "ratio1to5")}


def rows(path):
    table = {}
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if len(parts) == 4:
            table[parts[0]] = [float(p) for p in parts[1:]]
    return table


def main():
    ours, peer = rows(sys.argv[1]), rows(sys.argv[2])
    for name, values in ours.items():
        if name not in peer:
            print(f"{name} lectern={values[0]:.3f} peer=NA ratio=NA")
            continue
        theirs = peer[name]
        a, b = next((q for key, q in QUALITY.items() if name.endswith(key)), ("a", "b"))
        ratio = f"{values[0] / theirs[0]:.3f}" if theirs[0] > 0 else "inf"
        print(f"{name} lectern={values[0]:.4f} peer={theirs[0]:.4f} ratio={ratio} "
              f"{a} lectern={values[1]:.6g} peer={theirs[1]:.6g} {b} lectern={values[2]:.6g} peer={theirs[2]:.6g}")


if __name__ == "__main__":
    main()
