#!/usr/bin/env bash
# Installs what is needed (Debian 12), builds, and launches the GUI on the embedded demo.
# Extra arguments go to the app (e.g. a file to open). Without a display, runs under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev --target downsample-lab downsample-lab-cli
app=build/dev/app/downsample-lab
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    echo "run-demo: no display found; starting under Xvfb" >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
