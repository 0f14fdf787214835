#!/usr/bin/python3
"""Prints ours vs peers as a Markdown table of ratios (peer time / our time; > 1 means we are
faster). Usage: compare.py ours.json peers.json"""
import json
import sys

# ours.json (bench_ops), peers.json (peers.py), then optionally bench_volume's JSON and the
# memory measurement of bench_volume --memory.
runs = [json.load(open(sys.argv[1]))["benchmarks"]]
if len(sys.argv) > 3:
    runs.append(json.load(open(sys.argv[3]))["benchmarks"])
ours = {b["name"].split("/process_time")[0].split("/real_time")[0]: b["real_time"]
        for run in runs for b in run}
peers = json.load(open(sys.argv[2]))
for run in runs:
    for b in run:
        if b["name"].startswith("peer/"):
            peers[b["name"][5:]] = b["real_time"]

def peer_rows(prefix, rows):
    """One table row per (label, our benchmark, peer) present in both runs."""
    for label, ourKey, peerKey in rows:
        o, p = ours.get(ourKey), peers.get(peerKey)
        if o is not None and p is not None:
            print(f"| {prefix}{label} | {o:.1f} | {peerKey} | {p:.1f} | {p / o:.2f} |")


rows = [
    ("decimate.fir x4 (scipy's filter)", "signal/decimate.fir:factor=4", "scipy_resample_poly_x4"),
    ("decimate.iir x4", "signal/decimate.iir:factor=4", "scipy_decimate_iir_x4"),
    ("decimate.fir_hamming x4", "signal/decimate.fir_hamming:factor=4", "scipy_decimate_fir_x4"),
    ("halfband hq x4 (<= -120 dBc @1.005)", "signal/decimate.halfband:factor=4,quality=hq", "soxr_hq_x4"),
    ("halfband vhq x4 (<= -150 dBc)", "signal/decimate.halfband:factor=4,quality=vhq", "soxr_vhq_x4"),
    ("halfband hq x4 vs libsamplerate best", "signal/decimate.halfband:factor=4,quality=hq", "libsamplerate_best_x4"),
    ("rational 147/160", "signal/resample.rational:up=147,down=160", "scipy_resample_poly_147_160"),
    ("rational 147/160 vs soxr HQ", "signal/resample.rational:up=147,down=160", "soxr_hq_44100"),
    ("rational 147/160 HQ-strict (120 dB from Nyquist) vs soxr HQ", "signal/resample.rational:up=147,down=160,atten_db=120", "soxr_hq_44100"),
    ("decimate.naive x4 vs memcpy of output", "signal/decimate.naive:factor=4", "=signal/memcpy_output"),
    ("decimate.naive x4 vs memcpy of input", "signal/decimate.naive:factor=4", "=signal/memcpy_input"),
]
print("| workload | ours (ms) | peer | peer (ms) | peer / ours |")
print("|---|---:|---|---:|---:|")
for label, ourKey, peerKey in rows:
    o = ours.get(ourKey)
    if peerKey.startswith("="):  # one of our own floors, measured in the same binary
        p = ours.get(peerKey[1:])
        peerKey = peerKey[1:].split("/")[1]
    else:
        p = peers.get(peerKey)
    if o is None or p is None:
        continue
    print(f"| {label} | {o:.1f} | {peerKey} | {p:.1f} | {p / o:.2f} |")
for f in ("2", "4", "3.7"):
    peer_rows(f"4096² f32 x{f} ", [
        ("area", f"image/resize.area:factor={f}/threads:1", f"cv_area_{f}"),
        ("bilinear plain", f"image/resize.bilinear:antialias=0,factor={f}/threads:1", f"cv_bilinear_{f}"),
        ("bicubic plain", f"image/resize.bicubic:antialias=0,a=-0.75,factor={f}/threads:1", f"cv_bicubic_{f}"),
        ("lanczos4 plain", f"image/resize.lanczos:antialias=0,a=4,factor={f}/threads:1", f"cv_lanczos4_{f}"),
        ("bilinear aa", f"image/resize.bilinear:antialias=1,factor={f}/threads:1", f"pil_bilinear_{f}"),
        ("bicubic aa", f"image/resize.bicubic:antialias=1,factor={f}/threads:1", f"pil_bicubic_{f}"),
        ("lanczos aa", f"image/resize.lanczos:antialias=1,factor={f}/threads:1", f"pil_lanczos_{f}"),
        ("bilinear aa vs torch", f"image/resize.bilinear:antialias=1,factor={f}/threads:1", f"torch_bilinear_aa_{f}"),
    ])
o, p = ours.get("image/fft2d_r2c_4096"), peers.get("numpy_fft2_4096")
if o and p:
    print(f"| 2-d FFT 4096² f32 (r2c) | {o:.1f} | numpy.fft.fft2 | {p:.1f} | {p / o:.2f} |")
peer_rows("4096² f32 ", [
    ("max pool k2s2", "pool/pool.max/threads:1", "torch_max_pool2d"),
    ("max pool k2s2 vs strided copy", "pool/pool.max/threads:1", "numpy_strided_pool"),
    ("avg pool k2s2", "pool/pool.avg/threads:1", "torch_avg_pool2d"),
    ("BlurPool f3", "pool/pool.blur:filt=3/threads:1", "torch_blurpool_f3"),
    ("BlurPool f5", "pool/pool.blur:filt=5/threads:1", "torch_blurpool_f5"),
    ("MaxBlurPool f4", "pool/pool.maxblur:filt=4/threads:1", "torch_maxblurpool_f4"),
    ("FLC", "pool/pool.flc/threads:1", "torch_flc"),
])
peer_rows("64×512² f32 ", [
    ("max pool k2s2", "pool64/pool.max/threads:1", "torch64_max_pool2d"),
    ("max pool k2s2 vs strided copy", "pool64/pool.max/threads:1", "numpy64_strided_pool"),
    ("avg pool k2s2", "pool64/pool.avg/threads:1", "torch64_avg_pool2d"),
    ("BlurPool f3 (depthwise)", "pool64/pool.blur:filt=3/threads:1", "torch64_blurpool_f3"),
    ("BlurPool f5 (depthwise)", "pool64/pool.blur:filt=5/threads:1", "torch64_blurpool_f5"),
    ("MaxBlurPool f4", "pool64/pool.maxblur:filt=4/threads:1", "torch64_maxblurpool_f4"),
    ("FLC", "pool64/pool.flc/threads:1", "torch64_flc"),
    ("max pool k2s2, 2 threads each", "pool64/pool.max/threads:2", "torch64_max_pool2d_2t"),
    ("BlurPool f5, 2 threads each", "pool64/pool.blur:filt=5/threads:2", "torch64_blurpool_f5_2t"),
    ("MaxBlurPool f4, 2 threads each", "pool64/pool.maxblur:filt=4/threads:2", "torch64_maxblurpool_f4_2t"),
    ("FLC, 2 threads each", "pool64/pool.flc/threads:2", "torch64_flc_2t"),
])
peer_rows("4096² f32 ", [
    ("max pool k2s2, 2 threads each", "pool/pool.max/threads:2", "torch_max_pool2d_2t"),
    ("BlurPool f5, 2 threads each", "pool/pool.blur:filt=5/threads:2", "torch_blurpool_f5_2t"),
    ("MaxBlurPool f4, 2 threads each", "pool/pool.maxblur:filt=4/threads:2", "torch_maxblurpool_f4_2t"),
    ("FLC, 2 threads each", "pool/pool.flc/threads:2", "torch_flc_2t"),
])
o1, o2 = ours.get("pool/read_plane/threads:1"), ours.get("pool/read_plane/threads:2")
if o1 and o2:
    print(f"| 4096² reading the plane once (the memory floor): 1 thread / 2 threads | {o1:.1f} | own, 2 threads | {o2:.1f} | {o1 / o2:.2f} |")
for group, size in (("pool", "4096²"), ("pool64", "64×512²")):
    for spec in ("pool.max", "pool.avg", "pool.blur:filt=3", "pool.blur:filt=5",
                 "pool.maxblur:filt=4", "pool.flc", "pool.asap"):
        o1, o2 = ours.get(f"{group}/{spec}/threads:1"), ours.get(f"{group}/{spec}/threads:2")
        if o1 and o2:
            print(f"| {size} {spec}: 1 thread / 2 threads | {o1:.1f} | own, 2 threads | {o2:.1f} | {o1 / o2:.2f} |")
for f in ("2", "4", "3.7"):
    o1 = ours.get(f"image/resize.lanczos:antialias=1,factor={f}/threads:1")
    o2 = ours.get(f"image/resize.lanczos:antialias=1,factor={f}/threads:2")
    if o1 and o2:
        print(f"| lanczos aa x{f}: 1 thread / 2 threads | {o1:.1f} | own, 2 threads | {o2:.1f} | {o1 / o2:.2f} |")
peer_rows("256³ ", [
    ("3-d avg pool 2³", "volume/pool.avg:k=2,stride=2/threads:1", "torch_avg_pool3d"),
    ("3-d avg pool 2³ vs numpy block mean", "volume/pool.avg:k=2,stride=2/threads:1", "numpy_block_mean3d"),
    ("3-d max pool 2³", "volume/pool.max:k=2,stride=2/threads:1", "torch_max_pool3d"),
    ("trilinear to half", "volume/resize.bilinear:antialias=0,factor=2/threads:1", "scipy_zoom_order1"),
    ("antialiased linear to half", "volume/resize.bilinear:antialias=1,factor=2/threads:1", "scipy_zoom_order1"),
    ("load 256³ int16 .nii.gz", "volume/load_nii_gz", "itk_read_nii_gz"),
])
for spec in ("pool.avg:k=2,stride=2", "pool.blur:filt=3", "resize.bilinear:antialias=1,factor=2"):
    o1, o2 = ours.get(f"volume/{spec}/threads:1"), ours.get(f"volume/{spec}/threads:2")
    if o1 and o2:
        print(f"| 256³ {spec}: 1 thread / 2 threads | {o1:.1f} | own, 2 threads | {o2:.1f} | {o1 / o2:.2f} |")
if len(sys.argv) > 4:
    m = json.load(open(sys.argv[4]))
    print(f"| 256³ .nii.gz load: peak memory / decoded volume | {m['peak_rss_mb'] - m['baseline_mb']:.0f} MB | decoded float32 | {m['decoded_mb']:.0f} MB | {m['ratio']:.2f} |")
