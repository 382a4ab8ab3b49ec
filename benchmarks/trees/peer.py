#!/usr/bin/env python3
"""scikit-learn peer for MLCore's trees, forests and boosting (benchmarks/trees/run).

    peer.py data DIR    writes the benchmark data sets to DIR as CSV (features…, label):
                        synthetic-{train,test}.csv  make_classification, 7000 × 28, 70/30 split
                        moons-{train,test}.csv      make_moons, 5000 points, noise 0.3, 70/30
    peer.py bench DIR   fits each model on DIR's data and prints one line per benchmark:
                        NAME SECONDS ACCURACY AUC   (fit time, best of N; test accuracy and AUC)

Every model runs on one core (n_jobs=1; OMP_NUM_THREADS=1 for the histogram booster). scikit-learn
is installed with pip when it is missing.
"""
import os
import subprocess
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")


def ensure_sklearn():
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("peer: installing scikit-learn with pip...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "scikit-learn"], check=True,
                       stdout=subprocess.DEVNULL)


ensure_sklearn()

import numpy as np  # noqa: E402
from sklearn.datasets import make_classification, make_moons  # noqa: E402
from sklearn.ensemble import (AdaBoostClassifier, GradientBoostingClassifier,  # noqa: E402
                              HistGradientBoostingClassifier, RandomForestClassifier)
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402


def write(path, x, y):
    np.savetxt(path, np.column_stack([x, y]), delimiter=",", fmt="%.17g",
               header=",".join([f"x{i}" for i in range(x.shape[1])] + ["label"]), comments="")


def write_data(folder):
    x, y = make_classification(n_samples=7000, n_features=28, n_informative=12, n_redundant=6,
                               flip_y=0.05, class_sep=0.8, random_state=1)
    xtr, xte, ytr, yte = train_test_split(x, y, test_size=0.3, random_state=2)
    write(os.path.join(folder, "synthetic-train.csv"), xtr, ytr)
    write(os.path.join(folder, "synthetic-test.csv"), xte, yte)
    x, y = make_moons(n_samples=5000, noise=0.3, random_state=3)
    xtr, xte, ytr, yte = train_test_split(x, y, test_size=0.3, random_state=4)
    write(os.path.join(folder, "moons-train.csv"), xtr, ytr)
    write(os.path.join(folder, "moons-test.csv"), xte, yte)


def read(folder, name):
    table = np.loadtxt(os.path.join(folder, name), delimiter=",", skiprows=1)
    return table[:, :-1], table[:, -1].astype(int)


def models():
    """The benchmark rows: name, repeats, model factory (the same settings lectern-bench uses)."""
    return [
        ("cart_depth5", 5, lambda: DecisionTreeClassifier(max_depth=5, random_state=0)),
        ("forest_200", 1, lambda: RandomForestClassifier(n_estimators=200, n_jobs=1, random_state=0)),
        ("adaboost_200_depth3", 1, lambda: AdaBoostClassifier(DecisionTreeClassifier(max_depth=3), n_estimators=200,
                                                              random_state=0)),
        ("gbt_200_depth3", 3, lambda: HistGradientBoostingClassifier(max_iter=200, max_depth=3, learning_rate=0.1,
                                                                     early_stopping=False, random_state=0)),
        ("gbt_exact_200_depth3", 1, lambda: GradientBoostingClassifier(n_estimators=200, max_depth=3,
                                                                       learning_rate=0.1, random_state=0)),
    ]


def bench(folder):
    for data in ("synthetic", "moons"):
        xtr, ytr = read(folder, f"{data}-train.csv")
        xte, yte = read(folder, f"{data}-test.csv")
        for name, repeats, make in models():
            best = float("inf")
            for _ in range(repeats):
                model = make()
                start = time.perf_counter()
                model.fit(xtr, ytr)
                best = min(best, time.perf_counter() - start)
            accuracy = float(np.mean(model.predict(xte) == yte))
            auc = roc_auc_score(yte, model.predict_proba(xte)[:, 1])
            print(f"{data}_{name} {best:.6f} {accuracy:.4f} {auc:.4f}", flush=True)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("data", "bench"):
        sys.exit("usage: peer.py data|bench DIR")
    os.makedirs(sys.argv[2], exist_ok=True)
    (write_data if sys.argv[1] == "data" else bench)(sys.argv[2])


if __name__ == "__main__":
    main()
