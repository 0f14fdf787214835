#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang 14 + libclang-rt-14-dev, ASan + UBSan) and
# runs each for SECONDS (default 600), JOBS at a time (default 2), from the seed corpora in
# tests/data. Corpora grow in build/fuzz/corpus/<target>; findings land in
# build/fuzz/findings/<target>-crash-* and the script exits non-zero if there are any.
# Usage: scripts/run-fuzzers.sh [SECONDS] [target ...]
#        (targets: nifti png jpeg tiff bmp wav operators)
# Photo targets run with the malformed-input contract's limits: 10 s per input, 512 MiB RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(nifti png jpeg tiff bmp wav operators)
jobs=${JOBS:-2}

if ! command -v clang++-14 >/dev/null || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    apt_get="apt-get"
    [ "$(id -u)" -eq 0 ] || apt_get="sudo apt-get"
    $apt_get install -y --no-install-recommends clang-14 libclang-rt-14-dev
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

data=tests/data
seeds() {
    case $1 in
    nifti) echo "$data/nifti $data/bad/nifti $data/bad/empty tests/fuzz/regressions/nifti" ;;
    png) echo "$data/images $data/bad/image $data/bad/empty $data/bad/photos/png tests/fuzz/regressions/png" ;;
    jpeg) echo "$data/images/formats $data/bad/photos/jpeg tests/fuzz/regressions/jpeg" ;;
    tiff) echo "$data/images/formats $data/bad/photos/tiff tests/fuzz/regressions/tiff" ;;
    bmp) echo "$data/images/formats $data/bad/photos/bmp tests/fuzz/regressions/bmp" ;;
    wav) echo "$data/audio $data/bad/wav tests/fuzz/regressions/wav" ;;
    operators) echo "tests/fuzz/corpus/operators tests/fuzz/regressions/operators" ;;
    esac
}
mkdir -p build/fuzz/findings
run_one() {
    local t=$1 limits="-rss_limit_mb=4096 -timeout=30"
    case $t in png | jpeg | tiff | bmp) limits="-rss_limit_mb=512 -timeout=10" ;; esac
    mkdir -p "build/fuzz/corpus/$t"
    # shellcheck disable=SC2046,SC2086
    build/fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" $limits \
        -print_final_stats=1 -artifact_prefix="build/fuzz/findings/$t-" \
        "build/fuzz/corpus/$t" $(seeds "$t") >"build/fuzz/$t.log" 2>&1 || true
    echo "$t: $(grep -E '^stat::number_of_executed_units' "build/fuzz/$t.log" | awk '{print $2}') executions," \
        "$(ls build/fuzz/findings/$t-* 2>/dev/null | wc -l) findings (log: build/fuzz/$t.log)"
}
running=0
for t in "${targets[@]}"; do
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait
if ls build/fuzz/findings/* >/dev/null 2>&1; then
    echo "Findings in build/fuzz/findings: reproduce with build/fuzz/tests/fuzz/fuzz_<target> FILE," >&2
    echo "fix, then add the file to tests/fuzz/regressions/<target>/." >&2
    exit 1
fi
