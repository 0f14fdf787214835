#!/usr/bin/python3
"""Python peers on the same workloads as bench_ops (Debian's scipy, OpenCV, Pillow, torch,
scikit-image, numpy), one thread each. Prints JSON: {name: milliseconds (best of N)}."""
import json
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np  # noqa: E402

def best(fn, repeat=3):
    t = []
    for _ in range(repeat):
        s = time.perf_counter()
        fn()
        t.append(time.perf_counter() - s)
    return 1000 * min(t)

out = {}
rate = 48000
t = np.arange(rate * 60) / rate
rng = np.random.default_rng(1)
x = np.stack([0.4 * np.sin(2 * np.pi * (100 * t + 200 * t * t)),
              0.4 * np.sin(2 * np.pi * 7000 * t)], axis=1).astype(np.float32)
x += rng.normal(0, 0.05, x.shape).astype(np.float32)

import scipy.signal as ss  # noqa: E402
out["scipy_resample_poly_x4"] = best(lambda: ss.resample_poly(x, 1, 4, axis=0))
out["scipy_decimate_iir_x4"] = best(lambda: ss.decimate(x, 4, axis=0))
out["scipy_decimate_fir_x4"] = best(lambda: ss.decimate(x, 4, ftype="fir", axis=0))
out["scipy_resample_poly_147_160"] = best(lambda: ss.resample_poly(x, 147, 160, axis=0))
out["numpy_strided_copy_x4"] = best(lambda: np.ascontiguousarray(x[::4]))

n = 4096
yy, xx = np.mgrid[0:n, 0:n].astype(np.float64) - (n - 1) / 2
img = (0.5 + 0.5 * np.cos(np.pi * 0.5 * (xx * xx + yy * yy) / (n / 2))).astype(np.float32)

import cv2  # noqa: E402
cv2.setNumThreads(1)
from PIL import Image  # noqa: E402
import torch  # noqa: E402
torch.set_num_threads(1)
import skimage.transform as st  # noqa: E402

pil = Image.fromarray(img, mode="F")
timg = torch.from_numpy(img)[None, None]
for f in ("2", "4", "3.7"):
    ff = float(f)
    size = int(n // ff) if ff.is_integer() else int(np.floor(n / ff + 1e-9))
    dsize = (size, size)
    out[f"cv_area_{f}"] = best(lambda: cv2.resize(img, dsize, interpolation=cv2.INTER_AREA))
    out[f"cv_bilinear_{f}"] = best(lambda: cv2.resize(img, dsize, interpolation=cv2.INTER_LINEAR))
    out[f"cv_bicubic_{f}"] = best(lambda: cv2.resize(img, dsize, interpolation=cv2.INTER_CUBIC))
    out[f"cv_lanczos4_{f}"] = best(lambda: cv2.resize(img, dsize, interpolation=cv2.INTER_LANCZOS4))
    out[f"pil_bilinear_{f}"] = best(lambda: pil.resize(dsize, Image.BILINEAR))
    out[f"pil_bicubic_{f}"] = best(lambda: pil.resize(dsize, Image.BICUBIC))
    out[f"pil_lanczos_{f}"] = best(lambda: pil.resize(dsize, Image.LANCZOS))
    out[f"torch_bilinear_aa_{f}"] = best(lambda: torch.nn.functional.interpolate(timg, size=dsize, mode="bilinear", antialias=True, align_corners=False))
    out[f"torch_bilinear_{f}"] = best(lambda: torch.nn.functional.interpolate(timg, size=dsize, mode="bilinear", antialias=False, align_corners=False))
    if f == "4":
        out[f"skimage_resize_aa_{f}"] = best(lambda: st.resize(img, dsize, order=1, anti_aliasing=True), repeat=1)
    out[f"numpy_strided_{f}"] = best(lambda: np.ascontiguousarray(img[::int(round(ff)), ::int(round(ff))]))
out["numpy_fft2_4096"] = best(lambda: np.fft.fft2(img))

# Pooling peers (torch CPU, one thread) on the same 4096² plane.
import torch.nn.functional as F  # noqa: E402
t4 = torch.from_numpy(img)[None, None]
out["torch_max_pool2d"] = best(lambda: F.max_pool2d(t4, 2, 2))
out["torch_avg_pool2d"] = best(lambda: F.avg_pool2d(t4, 2, 2))
def blur_kernel(f):
    a = {3: [1., 2., 1.], 4: [1., 3., 3., 1.], 5: [1., 4., 6., 4., 1.]}[f]
    a = torch.tensor(a)
    k = a[:, None] * a[None, :]
    return (k / k.sum())[None, None]
for f in (3, 5):
    k = blur_kernel(f)
    p0, p1 = (f - 1) // 2, f // 2
    out[f"torch_blurpool_f{f}"] = best(lambda: F.conv2d(F.pad(t4, (p0, p1, p0, p1), mode="reflect"), k, stride=2))
k4 = blur_kernel(4)
out["torch_maxblurpool_f4"] = best(lambda: F.conv2d(F.pad(F.max_pool2d(t4, 2, 1), (1, 2, 1, 2), mode="reflect"), k4, stride=2))
def flc(x):
    X = torch.fft.fftshift(torch.fft.fft2(x, norm="forward"))
    h, w = x.shape[-2:]
    return torch.fft.ifft2(torch.fft.ifftshift(X[..., int(h / 4):int(h / 4 * 3), int(w / 4):int(w / 4 * 3)]), norm="forward").real
out["torch_flc"] = best(lambda: flc(t4))
out["numpy_strided_pool"] = best(lambda: np.ascontiguousarray(img[::2, ::2]))
# 64 planes of 512² (1, 64, 512, 512): depthwise BlurPool as antialiased-cnns runs it (groups =
# channels); also torch on two threads, for our two-thread rows.
plate = img[:512, :512]
planes = np.stack([plate + rng.normal(0, 0.05, plate.shape).astype(np.float32) for _ in range(64)])
t64 = torch.from_numpy(planes)[None]
def depthwise(k):
    return k.expand(64, 1, *k.shape[-2:]).contiguous()
def pool64_peers(suffix):
    out[f"torch64_max_pool2d{suffix}"] = best(lambda: F.max_pool2d(t64, 2, 2))
    out[f"torch64_avg_pool2d{suffix}"] = best(lambda: F.avg_pool2d(t64, 2, 2))
    for f in (3, 5):
        k = depthwise(blur_kernel(f))
        p0, p1 = (f - 1) // 2, f // 2
        out[f"torch64_blurpool_f{f}{suffix}"] = best(lambda: F.conv2d(F.pad(t64, (p0, p1, p0, p1), mode="reflect"), k, stride=2, groups=64))
    k = depthwise(k4)
    out[f"torch64_maxblurpool_f4{suffix}"] = best(lambda: F.conv2d(F.pad(F.max_pool2d(t64, 2, 1), (1, 2, 1, 2), mode="reflect"), k, stride=2, groups=64))
    out[f"torch64_flc{suffix}"] = best(lambda: flc(t64))
pool64_peers("")
out["numpy64_strided_pool"] = best(lambda: np.ascontiguousarray(planes[:, ::2, ::2]))
torch.set_num_threads(2)
out["torch_max_pool2d_2t"] = best(lambda: F.max_pool2d(t4, 2, 2))
out["torch_blurpool_f5_2t"] = best(lambda: F.conv2d(F.pad(t4, (2, 2, 2, 2), mode="reflect"), blur_kernel(5), stride=2))
out["torch_maxblurpool_f4_2t"] = best(lambda: F.conv2d(F.pad(F.max_pool2d(t4, 2, 1), (1, 2, 1, 2), mode="reflect"), k4, stride=2))
out["torch_flc_2t"] = best(lambda: flc(t4))
pool64_peers("_2t")
torch.set_num_threads(1)
# Volume peers (issue 6) on a 256³ float32 volume, one thread.
import scipy.ndimage as nd  # noqa: E402
vol = rng.normal(0, 1, (256, 256, 256)).astype(np.float32)
tv = torch.from_numpy(vol)[None, None]
out["torch_avg_pool3d"] = best(lambda: F.avg_pool3d(tv, 2, 2))
out["torch_max_pool3d"] = best(lambda: F.max_pool3d(tv, 2, 2))
out["numpy_block_mean3d"] = best(lambda: vol.reshape(128, 2, 128, 2, 128, 2).mean(axis=(1, 3, 5)))
out["scipy_zoom_order1"] = best(lambda: nd.zoom(vol, 0.5, order=1), repeat=2)
json.dump(out, sys.stdout, indent=1)
