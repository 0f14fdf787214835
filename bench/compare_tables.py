#!/usr/bin/python3
"""Table of bench_tables (Google Benchmark JSON) against peers_tables.py (imbalanced-learn):
per method and size, our time on 1 and 2 threads, imbalanced-learn's, the one-thread ratio and
the two-thread speed-up, as Markdown."""
import json
import sys

ours = {}
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    _, method, size, threads = b["name"].split("/")[:4]
    ours[(method, size, threads.split(":")[1])] = b["real_time"]  # ms
peers = json.load(open(sys.argv[2]))
print("| method | table | ours, 1 thread (ms) | ours, 2 threads (ms) | imbalanced-learn (ms) "
      "| ratio (1 thread) | 2 threads / 1 |")
print("|---|---|---:|---:|---:|---:|---:|")
for (method, size, threads), t1 in sorted(ours.items(), key=lambda k: (k[0][1], k[0][0])):
    if threads != "1":
        continue
    t2 = ours.get((method, size, "2"))
    peer = peers.get(f"{method}/{size}")
    ratio = f"{peer / t1:.1f}×" if peer else "—"
    speed = f"{t1 / t2:.2f}×" if t2 else "—"
    print(f"| {method} | {size} | {t1:.2f} | {t2:.2f} | "
          f"{peer:.1f} | {ratio} | {speed} |" if peer else
          f"| {method} | {size} | {t1:.2f} | {t2:.2f} | — | — | {speed} |")
