#!/usr/bin/env bash
# Installs the Debian packages gmsb-scan needs, only those that are missing.
# Safe to run repeatedly; uses sudo when not root.
set -euo pipefail

packages=(cmake g++ make pkg-config libeigen3-dev libgsl-dev libhdf5-dev libyaml-cpp-dev
          libgtest-dev libcli11-dev nlohmann-json3-dev python3-h5py python3-numpy python3-matplotlib time
          libopenmpi-dev openmpi-bin pybind11-dev python3-pybind11 python3-dev
          python3-xarray python3-h5netcdf python3-pandas python3-pytest python3-yaml)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing missing Debian packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
