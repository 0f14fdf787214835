#!/usr/bin/env bash
# Installs what is needed (Debian 12), builds everything with warnings as errors, and runs
# every test (Qt Test suites registered with CTest; widgets and GUI run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
