#!/usr/bin/env bash
# The whole test suite under GCC AddressSanitizer + UndefinedBehaviorSanitizer (preset asan,
# no recover: any report fails the test). Not part of CI (it doubles the build time there);
# run it before landing changes to the core or the loaders.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# Qt's and ITK's own allocations are not ours to chase: leaks are not checked. The preset also
# leaves out UBSan's vptr check: with Debian's Qt it reports every call through a Qt widget base
# class (e.g. QTableWidget) from our subclasses as a type mismatch.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
