#!/usr/bin/env python3
"""scikit-learn peer for lesson 17's Higgs models (benchmarks/higgs/run).

    peer.py FILE   trains each model on the first 3 500 events of FILE (the HIGGS layout: label,
                   21 low-level, 7 high-level features) and tests on the last 1 500, as
                   `lectern-bench higgs FILE` does, and prints one line per row: NAME SECONDS AUC
                   (the fit time and the test AUC).

The settings are lectern-bench's: histogram gradient boosting (200 rounds, depth 3, rate 0.1, no
early stopping), AdaBoost (100 depth-2 trees), a random forest (200 trees), an RBF SVM (C = 1,
gamma "scale") and a 64-64 ReLU network (Adam, rate 0.001, batch 64, 10 epochs, no L2 penalty);
the network and the SVM see features standardised on the training events. Everything runs on one
core. scikit-learn is installed with pip when it is missing.
"""
import os
import sys
import time

os.environ["OMP_NUM_THREADS"] = "1"
os.environ["OPENBLAS_NUM_THREADS"] = "1"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "trees"))
import peer as trees_peer  # noqa: E402,F401  (installs scikit-learn with pip if needed)

import warnings  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.ensemble import AdaBoostClassifier, HistGradientBoostingClassifier, RandomForestClassifier  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402
from sklearn.svm import SVC  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

LOW, HIGH, ALL = list(range(21)), list(range(21, 28)), list(range(28))


def network():
    return MLPClassifier(hidden_layer_sizes=(64, 64), activation="relu", solver="adam", learning_rate_init=0.001,
                         batch_size=64, max_iter=10, alpha=0.0, tol=0.0, n_iter_no_change=1000, random_state=0)


def gbt():
    return HistGradientBoostingClassifier(max_iter=200, max_depth=3, learning_rate=0.1, early_stopping=False,
                                          random_state=0)


ROWS = [
    ("gbt_200_depth3", ALL, False, gbt),
    ("adaboost_100_depth2", ALL, False,
     lambda: AdaBoostClassifier(DecisionTreeClassifier(max_depth=2), n_estimators=100, random_state=0)),
    ("forest_200", ALL, False, lambda: RandomForestClassifier(n_estimators=200, n_jobs=1, random_state=0)),
    ("svm_rbf", ALL, True, lambda: SVC(C=1.0, kernel="rbf", gamma="scale")),
    ("gbt_200_depth3_low", LOW, False, gbt),
    ("gbt_200_depth3_high", HIGH, False, gbt),
    ("dnn_64x64", ALL, True, network),
    ("dnn_64x64_low", LOW, True, network),
    ("dnn_64x64_high", HIGH, True, network),
]


def scores(model, x):
    return model.decision_function(x) if isinstance(model, SVC) else model.predict_proba(x)[:, 1]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: peer.py FILE")
    table = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
    y, x = table[:, 0].astype(int), table[:, 1:]
    for name, columns, standardized, make in ROWS:
        xtr, xte = x[:3500, columns], x[3500:, columns]
        if standardized:
            scaler = StandardScaler().fit(xtr)
            xtr, xte = scaler.transform(xtr), scaler.transform(xte)
        model = make()
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(xtr, y[:3500])
        seconds = time.perf_counter() - start
        print(f"{name} {seconds:.6f} {roc_auc_score(y[3500:], scores(model, xte)):.4f}", flush=True)


if __name__ == "__main__":
    try:
        from threadpoolctl import threadpool_limits
        with threadpool_limits(limits=1):
            main()
    except ImportError:
        main()
