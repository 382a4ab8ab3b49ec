#!/usr/bin/env python3
"""Joins lectern-bench's and peer.py's `NAME SECONDS ACCURACY AUC` lines into benchmark lines.

lectern rows without a peer row of their own are compared with the peer row they name without a
suffix (`_2threads` → the one-core forest); each gradient-boosting row is also compared with the
peer's exact booster (`_vs_exact`).
"""
import sys


def rows(path):
    table = {}
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if len(parts) == 4:
            table[parts[0]] = [float(p) for p in parts[1:]]
    return table


def line(name, ours, peer):
    ratio = f"{ours[0] / peer[0]:.3f}" if peer[0] > 0 else "inf"
    return (f"{name} lectern={ours[0]:.3f} peer={peer[0]:.3f} ratio={ratio} "
            f"accuracy lectern={ours[1]:.4f} peer={peer[1]:.4f} auc lectern={ours[2]:.4f} peer={peer[2]:.4f}")


def main():
    ours, peer = rows(sys.argv[1]), rows(sys.argv[2])
    for name, values in ours.items():
        base = name.removesuffix("_2threads")
        if base in peer:
            print(line(name, values, peer[base]))
        else:
            print(f"{name} lectern={values[0]:.3f} peer=NA ratio=NA")
        exact = name.replace("_gbt_", "_gbt_exact_")
        if exact != name and exact in peer:
            print(line(name + "_vs_exact", values, peer[exact]))


if __name__ == "__main__":
    main()
