#!/usr/bin/env python3
"""scikit-learn peer for MLCore's SVM, k-means and PCA (benchmarks/svm/run).

    peer.py bench DIR   fits each model on DIR's data (written by benchmarks/trees/peer.py data DIR:
                        the 7000 x 28 synthetic set and moons, 70/30 splits) and prints one line per
                        row: NAME SECONDS A B -- the best fit time of a few repeats, then
                        svc_rbf: test accuracy and AUC (of the decision function);
                        kmeans8: inertia and iterations; pca: the first explained variance ratio
                        and the sum of the first five.

Features are standardised with the training set's mean and standard deviation (StandardScaler), as
lectern-bench does. Everything runs on one core (OMP_NUM_THREADS=1 and threadpoolctl for k-means'
OpenMP and BLAS). scikit-learn is installed with pip when it is missing (benchmarks/trees/peer.py).
"""
import os
import sys
import time

os.environ["OMP_NUM_THREADS"] = "1"
os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["MKL_NUM_THREADS"] = "1"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "trees"))
import peer as trees_peer  # noqa: E402  (installs scikit-learn if needed; reads the CSVs)

import numpy as np  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.decomposition import PCA  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402
from sklearn.svm import SVC  # noqa: E402


def timed(repeats, make, x):
    best, model = float("inf"), None
    for _ in range(repeats):
        model = make()
        start = time.perf_counter()
        model.fit(x)
        best = min(best, time.perf_counter() - start)
    return best, model


def bench(folder):
    for data in ("synthetic", "moons"):
        xtr, ytr = trees_peer.read(folder, f"{data}-train.csv")
        xte, yte = trees_peer.read(folder, f"{data}-test.csv")
        scaler = StandardScaler().fit(xtr)
        xtr, xte = scaler.transform(xtr), scaler.transform(xte)
        best = float("inf")
        for _ in range(2):
            model = SVC(C=1.0, kernel="rbf", gamma="scale")
            start = time.perf_counter()
            model.fit(xtr, ytr)
            best = min(best, time.perf_counter() - start)
        accuracy = float(np.mean(model.predict(xte) == yte))
        auc = roc_auc_score(yte, model.decision_function(xte))
        print(f"{data}_svc_rbf {best:.6f} {accuracy:.6g} {auc:.6g}", flush=True)
        seconds, model = timed(5, lambda: KMeans(n_clusters=8, init="k-means++", n_init=1, random_state=0), xtr)
        print(f"{data}_kmeans8 {seconds:.6f} {model.inertia_:.6g} {model.n_iter_}", flush=True)
        seconds, model = timed(10, lambda: PCA(svd_solver="full"), xtr)
        ratios = model.explained_variance_ratio_
        print(f"{data}_pca {seconds:.6f} {ratios[0]:.6g} {ratios[:5].sum():.6g}", flush=True)


def main():
    if len(sys.argv) != 3 or sys.argv[1] != "bench":
        sys.exit("usage: peer.py bench DIR")
    try:
        from threadpoolctl import threadpool_limits
        with threadpool_limits(limits=1):
            bench(sys.argv[2])
    except ImportError:
        bench(sys.argv[2])


if __name__ == "__main__":
    main()
