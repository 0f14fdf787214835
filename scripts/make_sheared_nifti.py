#!/usr/bin/python3
"""Writes tests/data/nifti/sheared_sform_{qform,noqform}.nii and their expected geometry.

Both hold the same 9 x 7 x 5 int16 volume with an sform (code 2, "aligned") whose direction
columns are sheared (not orthogonal), as some registration tools write. nibabel and FSLeyes
open them; ITK 5.2 refuses them ("ITK only supports orthonormal direction cosines").
- sheared_sform_qform.nii also has a valid qform (code 1): Downsample Lab shows the qform
  geometry (nibabel's get_qform()).
- sheared_sform_noqform.nii has qform_code 0: Downsample Lab shows the nearest rotation of the
  sform's normalised columns (polar decomposition, U V^T of their SVD) with the spacing from
  the column lengths, and the sform's translation.
The expected RAS affines go to tests/data/nifti/sheared_sform.json. Run once; outputs are
committed (tests never call Python).
"""
import json
import numpy as np
import nibabel as nib

rng = np.random.default_rng(7)
data = (rng.integers(0, 1000, size=(9, 7, 5))).astype(np.int16)
angle = np.deg2rad(20)
rot = np.array([[np.cos(angle), -np.sin(angle), 0], [np.sin(angle), np.cos(angle), 0], [0, 0, 1]])
zooms = np.array([1.5, 2.0, 3.0])
qaff = np.eye(4)
qaff[:3, :3] = rot @ np.diag(zooms)
qaff[:3, 3] = [-10.0, 20.0, 5.5]
shear = np.array([[1, 0.3, 0.1], [0, 1, 0.2], [0, 0, 1]])
saff = np.eye(4)
saff[:3, :3] = rot @ shear @ np.diag(zooms)
saff[:3, 3] = [-11.0, 21.0, 6.0]

out = {}
for name, with_q in (("sheared_sform_qform", True), ("sheared_sform_noqform", False)):
    img = nib.Nifti1Image(data, saff)
    img.set_sform(saff, code=2)
    if with_q:
        img.set_qform(qaff, code=1)
    else:
        img.set_qform(None, code=0)
    img.header.set_zooms(tuple(zooms))
    path = f"tests/data/nifti/{name}.nii"
    nib.save(img, path)
    back = nib.load(path)
    if with_q:
        expected = back.get_qform()
    else:
        m = saff[:3, :3]
        norms = np.linalg.norm(m, axis=0)
        u, _, vt = np.linalg.svd(m / norms)
        expected = np.eye(4)
        expected[:3, :3] = (u @ vt) @ np.diag(norms)
        expected[:3, 3] = saff[:3, 3]
    out[name] = {"ras_affine": expected.tolist(), "sform": back.get_sform().tolist(),
                 "shape_ijk": list(data.shape), "sum": int(data.astype(np.int64).sum())}
json.dump(out, open("tests/data/nifti/sheared_sform.json", "w"), indent=1)
print("written", list(out))
