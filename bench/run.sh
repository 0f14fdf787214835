#!/usr/bin/env bash
# Installs the peers (Debian 12), builds the release preset and runs our benchmarks and the
# Python peers in one go; prints a table of ratios (compare.py).
set -euo pipefail
cd "$(dirname "$0")/.."
sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends libbenchmark-dev libsoxr-dev libsamplerate0-dev \
    python3-scipy python3-opencv python3-torch python3-skimage python3-pil python3-nibabel >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release --target bench_ops bench_volume bench_interactive
out=${1:-build/release/bench}
mkdir -p "$out"
build/release/bench/bench_ops --benchmark_format=json --benchmark_min_time=0.2 > "$out/ours.json"
/usr/bin/python3 bench/peers.py > "$out/peers.json"
build/release/bench/bench_volume --benchmark_format=json --benchmark_min_time=0.3 > "$out/volume.json"
build/release/bench/bench_volume --memory "${TMPDIR:-/tmp}/dsl_bench_256_int16.nii.gz" > "$out/memory.json"
/usr/bin/python3 bench/compare.py "$out/ours.json" "$out/peers.json" "$out/volume.json" "$out/memory.json"
# Interactive latency of the real window (offscreen): parameter change to all views ready.
build/release/bench/bench_interactive 2>/dev/null | tee "$out/interactive.txt"
