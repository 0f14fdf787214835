#!/usr/bin/python3
"""imbalanced-learn (Debian's python3-imblearn 0.10) on the tables bench_tables uses: the golden
speed set's splitmix recipe, 20 000 x 10 and 200 000 x 20 (5 % minority), one thread, the same
parameters. Prints JSON {"<method>/<n>x<d>": milliseconds (best of N)}. With --scaling: one run
per method for n = 10^3 ... 10^5 (d = 10), seconds, as bench_tables --scaling prints.
Methods that take longer than a budget are run once and marked so (see README)."""
import json
import os
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")
import numpy as np  # noqa: E402
from imblearn import under_sampling as us  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402


def splitmix_table(n, d, seed=20240601, p_min=0.05, shift=1.5, n_shift=3):
    """The recipe of shared/golden/undersampling/inputs/large20k/RECIPE.md, vectorised."""
    per = 1 + 4 * d
    t = np.arange(1, n * per + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + t * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    u = (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53
    u = u.reshape(n, per)
    y = (u[:, 0] < p_min).astype(np.int64)
    f = u[:, 1:].reshape(n, d, 4)
    x = (((f[:, :, 0] + f[:, :, 1]) + f[:, :, 2]) + f[:, :, 3]) - 2.0
    x[:, :n_shift] += np.where(y[:, None] == 1, shift, 0.0)
    return x, y


def samplers():
    return {
        "random": lambda: us.RandomUnderSampler(random_state=0),
        "tomek": lambda: us.TomekLinks(n_jobs=1),
        "enn": lambda: us.EditedNearestNeighbours(n_jobs=1),
        "renn": lambda: us.RepeatedEditedNearestNeighbours(n_jobs=1),
        "allknn": lambda: us.AllKNN(n_jobs=1),
        "cnn": lambda: us.CondensedNearestNeighbour(random_state=0, n_jobs=1),
        "oss": lambda: us.OneSidedSelection(random_state=0, n_jobs=1),
        "ncr": lambda: us.NeighbourhoodCleaningRule(n_jobs=1),
        "nearmiss1": lambda: us.NearMiss(version=1, n_jobs=1),
        "nearmiss2": lambda: us.NearMiss(version=2, n_jobs=1),
        "nearmiss3": lambda: us.NearMiss(version=3, n_jobs=1),
        "centroids": lambda: us.ClusterCentroids(random_state=0),
        "iht": lambda: us.InstanceHardnessThreshold(
            estimator=LogisticRegression(), random_state=0, n_jobs=1),
    }


def timed(make, x, y):
    s = time.perf_counter()
    make().fit_resample(x, y)
    return time.perf_counter() - s


def main():
    out = {}
    if "--scaling" in sys.argv:
        for n in (1000, 10000, 100000):
            x, y = splitmix_table(n, 10)
            for name, make in samplers().items():
                if n > 10000 and name in ("cnn", "oss", "nearmiss2"):
                    continue  # minutes each on one thread; see the fixed-size table
                out[f"{name}/{n}"] = timed(make, x, y)
                print(f"{name}/{n}: {out[f'{name}/{n}']:.3f} s", file=sys.stderr, flush=True)
        print(json.dumps(out, indent=1))
        return
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    sizes = ((20000, 10),) if "--small" in sys.argv else ((20000, 10), (200000, 20))
    for n, d in sizes:
        x, y = splitmix_table(n, d)
        for name, make in samplers().items():
            if only and name not in only:
                continue
            first = timed(make, x, y)
            # Best of three when a run is short; slow ones once (their ratio is large anyway).
            best = first if first > 20 else min([first] + [timed(make, x, y) for _ in range(2)])
            out[f"{name}/{n}x{d}"] = 1000 * best
            print(f"{name}/{n}x{d}: {1000 * best:.1f} ms", file=sys.stderr, flush=True)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
