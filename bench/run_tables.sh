#!/usr/bin/env bash
# Undersamplers against imbalanced-learn: installs the peer (Debian 12's python3-imblearn),
# builds the release preset's bench_tables, runs both on the same tables (one thread each, and
# ours on two) and prints the ratio table; --scaling adds the n = 10^3 … 10^6 sweep.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends libbenchmark-dev python3-imblearn >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release --target bench_tables
out=build/release/bench
build/release/bench/bench_tables --benchmark_format=json --benchmark_min_time=0.3 > "$out/tables_ours.json"
/usr/bin/python3 bench/peers_tables.py > "$out/tables_peers.json"
/usr/bin/python3 bench/compare_tables.py "$out/tables_ours.json" "$out/tables_peers.json"
if [ "${1:-}" = "--scaling" ]; then
    build/release/bench/bench_tables --scaling | tee "$out/tables_scaling_ours.json"
    /usr/bin/python3 bench/peers_tables.py --scaling | tee "$out/tables_scaling_peers.json"
fi
