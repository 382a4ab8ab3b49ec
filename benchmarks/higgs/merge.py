#!/usr/bin/env python3
"""Joins lectern-bench's and peer.py's `NAME SECONDS AUC` lines into benchmark lines with the AUC
of both sides and whether lectern meets the target (AUC at least scikit-learn's − 0.01)."""
import sys


def rows(path):
    table = {}
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if len(parts) == 3:
            table[parts[0]] = (float(parts[1]), float(parts[2]))
    return table


def main():
    ours, peer = rows(sys.argv[1]), rows(sys.argv[2])
    for name, (seconds, auc) in ours.items():
        if name not in peer:
            print(f"higgs_{name} lectern={seconds:.3f} peer=NA ratio=NA auc lectern={auc:.4f} peer=NA")
            continue
        peer_seconds, peer_auc = peer[name]
        ratio = f"{seconds / peer_seconds:.3f}" if peer_seconds > 0 else "inf"
        verdict = "ok" if auc >= peer_auc - 0.01 else "BELOW-TARGET"
        print(f"higgs_{name} lectern={seconds:.3f} peer={peer_seconds:.3f} ratio={ratio} "
              f"auc lectern={auc:.4f} peer={peer_auc:.4f} target={verdict}")


if __name__ == "__main__":
    main()
