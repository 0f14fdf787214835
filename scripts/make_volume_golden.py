#!/usr/bin/python3
"""Reference outputs for the 3-d pooling operators (tests/data/golden/volume).

torch max_pool3d / avg_pool3d for the window operators, torch conv3d with the outer product of
the binomial row for BlurPool (antialiased-cnns' kernel in 3-d), and numpy fftn / crop / ifftn
for FLC and ASAP (the 2-d repos' definitions with one more axis). Run with Debian's python3
(torch 1.13, numpy); the tests only read the files.
"""
import json
import os

import numpy as np
import torch
import torch.nn.functional as F

out_dir = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "golden", "volume")
os.makedirs(out_dir, exist_ok=True)
rng = np.random.default_rng(20261122)
cases = []


def save(name, array):
    np.save(os.path.join(out_dir, name + ".npy"), np.ascontiguousarray(array, dtype=np.float32))


def add(name, inp, method, output):
    save(name + "_out", output)
    cases.append({"name": name, "input": inp + ".npy", "method": method,
                  "output": name + "_out.npy"})


vol_a = rng.standard_normal((9, 10, 11)).astype(np.float32)
vol_b = rng.standard_normal((12, 8, 16)).astype(np.float32)
save("vol_a", vol_a)
save("vol_b", vol_b)
inputs = {"vol_a": vol_a, "vol_b": vol_b}

def t(v):
    return torch.from_numpy(v)[None, None]

for inp, v in inputs.items():
    for k, s, pad, ceil in [(2, 2, 0, False), (3, 2, 1, False), (3, 2, 1, True), (3, 3, 0, True)]:
        y = F.max_pool3d(t(v), k, s, pad, ceil_mode=ceil)[0, 0].numpy()
        add(f"{inp}_max_k{k}s{s}p{pad}c{int(ceil)}", inp,
            f"pool.max:k={k},stride={s},pad={pad},ceil_mode={int(ceil)}", y)
        for cip in (True, False):
            y = F.avg_pool3d(t(v), k, s, pad, ceil_mode=ceil, count_include_pad=cip)[0, 0].numpy()
            add(f"{inp}_avg_k{k}s{s}p{pad}c{int(ceil)}i{int(cip)}", inp,
                f"pool.avg:k={k},stride={s},pad={pad},ceil_mode={int(ceil)},"
                f"count_include_pad={int(cip)}", y)
    # BlurPool 3-d: pad (filt-1)//2 before, filt//2 after, per axis; conv3d stride 2.
    for filt, mode in [(3, "reflect"), (4, "reflect"), (5, "replicate"), (4, "zero")]:
        a = np.array([1.0], dtype=np.float64)
        for _ in range(filt - 1):
            a = np.convolve(a, [1.0, 1.0])
        a = a / a.sum()
        k3 = np.einsum("i,j,l->ijl", a, a, a).astype(np.float32)
        lo, hi = (filt - 1) // 2, filt // 2
        pads = (lo, hi, lo, hi, lo, hi)
        x = t(v).double()
        if mode == "zero":
            xp = F.pad(x, pads)
        else:
            xp = F.pad(x, pads, mode="reflect" if mode == "reflect" else "replicate")
        y = F.conv3d(xp, torch.from_numpy(k3).double()[None, None], stride=2)[0, 0].numpy()
        add(f"{inp}_blur_f{filt}_{mode}", inp, f"pool.blur:filt={filt},pad_mode={mode}", y)
    # FLC / ASAP in 3-d: fftn (norm forward), fftshift, optional sqrt-Hamming taper, crop,
    # ifftshift, ifftn (norm forward), real part.
    for name, faithful, window, pad_one in [("flc", False, False, False),
                                            ("flc_faithful", True, False, False),
                                            ("asap", False, True, False),
                                            ("asap_faithful", True, True, True)]:
        x = v.astype(np.float64)
        if pad_one:
            x = np.pad(x, [(0, 1)] * 3)
        X = np.fft.fftshift(np.fft.fftn(x, norm="forward"))
        if window:
            taper = 1.0
            for ax, n in enumerate(X.shape):
                h = 0.54 - 0.46 * np.cos(2 * np.pi * np.arange(n) / (n - 1))
                shape = [1, 1, 1]
                shape[ax] = n
                taper = taper * np.sqrt(h).reshape(shape)
            X = X * taper
        sl = []
        for n in X.shape:
            if faithful:
                sl.append(slice(int(n / 4), int(n / 4 * 3)))
            else:
                m = (n + 1) // 2
                first = n // 2 - m // 2
                sl.append(slice(first, first + m))
        C = X[tuple(sl)]
        y = np.fft.ifftn(np.fft.ifftshift(C), norm="forward").real
        mode = "faithful" if faithful else "corrected"
        op = "pool.flc" if name.startswith("flc") else "pool.asap"
        add(f"{inp}_{name}", inp, f"{op}:mode={mode}", y)

with open(os.path.join(out_dir, "manifest.json"), "w") as f:
    json.dump({"generator": "scripts/make_volume_golden.py",
               "torch": torch.__version__, "numpy": np.__version__,
               "tolerance": 1e-5, "cases": cases}, f, indent=1)
print(len(cases), "cases")
