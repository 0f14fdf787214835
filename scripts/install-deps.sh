#!/usr/bin/env bash
# Installs everything Downsample Lab needs to build, test and run on Debian 12.
# Idempotent: packages already present are skipped by apt. Uses sudo when not root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-multimedia-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libinsighttoolkit5-dev libgdcm-tools libfftw3-dev libsndfile1-dev zlib1g-dev libpng-dev libjpeg62-turbo-dev libtiff-dev libeigen3-dev libnanoflann-dev
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    xvfb xauth libgl1-mesa-dri fonts-dejavu-core
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
