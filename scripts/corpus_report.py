#!/usr/bin/python3
"""Runs every file of the malformed-input corpora through downsample-lab-cli info (one process
each) and prints a Markdown table: file, defect, expected and actual outcome, exit, peak RSS
(wait4), wall time. Usage: scripts/corpus_report.py [CLI] (default build/dev/app/downsample-lab-cli).
The same contract is asserted by tests/tst_corpus.cpp; this is the table for people."""
import json
import os
import subprocess
import sys
import time

cli = sys.argv[1] if len(sys.argv) > 1 else "build/dev/app/downsample-lab-cli"
rows = []
for folder in ("tests/data/bad", "tests/data/bad/photos"):
    manifest = json.load(open(f"{folder}/MANIFEST.json"))
    for f in manifest["files"]:
        path = f"{folder}/{f['path']}"
        start = time.monotonic()
        p = subprocess.Popen([cli, "info", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        err = p.stderr.read().decode(errors="replace").strip()
        p.stderr.close()
        elapsed = time.monotonic() - start
        code = os.waitstatus_to_exitcode(status)
        got = "accept" if code == 0 else "reject" if code == 1 else f"exit {code}"
        ok = got == f["expect"] or (f["expect"] == "accept_or_reject" and got in ("accept", "reject"))
        rows.append((path.replace("tests/data/bad/", ""), f["defect"], f["expect"], got,
                     usage.ru_maxrss / 1024, elapsed, ok, err.replace("|", "/")))
print("| file | defect | expected | outcome | peak RSS (MiB) | time (s) |")
print("|---|---|---|---|---|---|")
for r in rows:
    print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]}{'' if r[6] else ' **MISMATCH**'} | {r[4]:.1f} | {r[5]:.2f} |")
bad = [r for r in rows if not r[6]]
print(f"\n{len(rows)} files, {len(bad)} mismatches, peak RSS max {max(r[4] for r in rows):.1f} MiB, "
      f"slowest {max(r[5] for r in rows):.2f} s")
sys.exit(1 if bad else 0)
