#!/usr/bin/python3
"""8-bit references for the resizers (operators/resize.md: OpenCV's and Pillow's 8-bit paths round
in fixed point, so our float result rounded to 8 bits must agree within +-1 level).
Input: rows 200:264, cols 180:260 of camera.png (64 x 80, uint8). Writes raw uint8 files and a
manifest to tests/data/golden/uint8/. Run with /usr/bin/python3 (needs cv2 and PIL)."""
import json
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

root = Path(__file__).resolve().parent.parent
out = root / "tests/data/golden/uint8"
out.mkdir(parents=True, exist_ok=True)
img = cv2.imread(str(root / "resources/demo/camera.png"), cv2.IMREAD_GRAYSCALE)
x = np.ascontiguousarray(img[200:264, 180:260])
(out / "camera64x80.u8").write_bytes(x.tobytes())

cases = []
sizes = [(32, 40), (27, 33)]  # x2 exactly, and a non-integer factor (64/27, 80/33)
cv = {
    "resize.area": cv2.INTER_AREA,
    "resize.bilinear": cv2.INTER_LINEAR,
    "resize.bicubic": cv2.INTER_CUBIC,
    "resize.lanczos": cv2.INTER_LANCZOS4,
    "resize.nearest": cv2.INTER_NEAREST,
}
cvParams = {
    "resize.area": {},
    "resize.bilinear": {"antialias": "0"},
    "resize.bicubic": {"antialias": "0", "a": "-0.75"},
    "resize.lanczos": {"antialias": "0", "a": "4"},
    "resize.nearest": {"align": "floor"},
}
pil = {
    "resize.bilinear": Image.BILINEAR,
    "resize.bicubic": Image.BICUBIC,
    "resize.lanczos": Image.LANCZOS,
    "resize.box": Image.BOX,
    "resize.hamming": Image.HAMMING,
}
# Pillow's 8-bit mode keeps the intermediate (horizontal pass) image in 8 bits: pipeline=pillow8.
pilParams = {
    "resize.bilinear": {"antialias": "1", "pipeline": "pillow8"},
    "resize.bicubic": {"antialias": "1", "a": "-0.5", "pipeline": "pillow8"},
    "resize.lanczos": {"antialias": "1", "a": "3", "pipeline": "pillow8"},
    "resize.box": {"pipeline": "pillow8"},
    "resize.hamming": {"pipeline": "pillow8"},
}
for (h, w) in sizes:
    for op, flag in cv.items():
        y = cv2.resize(x, (w, h), interpolation=flag)
        name = f"cv__{op}__{h}x{w}.u8"
        (out / name).write_bytes(np.ascontiguousarray(y).tobytes())
        cases.append({"op": op, "params": cvParams[op], "out": [h, w], "file": name,
                      "reference": f"OpenCV {cv2.__version__} resize uint8"})
    for op, flag in pil.items():
        y = np.asarray(Image.fromarray(x).resize((w, h), flag))
        name = f"pil__{op}__{h}x{w}.u8"
        (out / name).write_bytes(np.ascontiguousarray(y).tobytes())
        cases.append({"op": op, "params": pilParams[op], "out": [h, w], "file": name,
                      "reference": f"Pillow {Image.__version__} resize mode L"})
(out / "manifest.json").write_text(json.dumps(
    {"input": {"file": "camera64x80.u8", "shape": [64, 80]}, "tolerance": 1, "cases": cases},
    indent=1) + "\n")
print(len(cases), "cases")
