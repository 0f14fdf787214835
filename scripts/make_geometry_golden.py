#!/usr/bin/python3
"""Expected world geometry of exported NIfTI variants (tests/data/golden/geometry.json).

For each scan and method, nibabel reads the *input* affine (voxel -> RAS mm) and the output's
affine follows from the method's grid (DESIGN §2.3): output voxel v sits at input voxel
origin + step * v along each axis, so A_out = A_in @ [diag(step) | origin]. The test exports the
variant with our code, reads the written header back and compares its affine with this one, so
a voxel's world coordinate is the same before and after, up to the grid change.
"""
import json
import os

import nibabel as nib
import numpy as np

root = os.path.join(os.path.dirname(__file__), "..")
cases = []


def add(scan, method, origin_ijk, step_ijk, shape_ijk):
    img = nib.load(os.path.join(root, "tests", "data", "nifti", scan))
    grid = np.eye(4)
    for a in range(3):
        grid[a, a] = step_ijk[a]
        grid[a, 3] = origin_ijk[a]
    out = img.affine @ grid
    cases.append({"scan": scan, "method": method, "input_affine": img.affine.tolist(),
                  "expected_affine": out.tolist(), "expected_shape_ijk": shape_ijk,
                  "nibabel": nib.__version__})


# anatomical.nii: 33 x 41 x 25 (i, j, k), 2 mm.
add("anatomical.nii", "pool.avg:k=2,stride=2", [0.5] * 3, [2.0] * 3, [16, 20, 12])
add("anatomical.nii", "pool.max:k=3,stride=2,pad=1", [0.0] * 3, [2.0] * 3, [17, 21, 13])
steps = [33 / 16, 41 / 20, 25 / 12]  # half-pixel resize: origin (step - 1) / 2
add("anatomical.nii", "resize.area:factor=2", [(s - 1) / 2 for s in steps], steps, [16, 20, 12])
# aniso_vox.nii.gz: 58 x 58 x 24, 4 x 4 x 5 mm -> 2 mm isotropic: 116 x 116 x 60.
add("aniso_vox.nii.gz", "resize.bilinear:spacing_mm=2", [-0.25, -0.25, -0.3], [0.5, 0.5, 0.4],
    [116, 116, 60])
# In-plane only (axes=xy): the slice axis is untouched.
add("aniso_vox.nii.gz", "pool.avg:k=2,stride=2,axes=xy", [0.5, 0.5, 0.0], [2.0, 2.0, 1.0],
    [29, 29, 24])

with open(os.path.join(root, "tests", "data", "golden", "geometry.json"), "w") as f:
    json.dump({"generator": "scripts/make_geometry_golden.py", "cases": cases}, f, indent=1)
print(len(cases), "cases")
