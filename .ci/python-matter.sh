#!/usr/bin/env bash
# Python peer of the Matter tests (issue 14): the CHIP SDK's own controller as Home Assistant uses it
# (PyPI home-assistant-chip-core + home-assistant-chip-clusters, the wheels python-matter-server pins;
# cp37-abi3 manylinux_2_31 x86_64, so any CPython >= 3.7 on glibc >= 2.31).
#   .venv-matter/          chip.ChipDeviceCtrl 2025.7.0 for test/faces/matter/chip-peer.py
#   .venv-matter-server/   python-matter-server 7.0.1 (server + client; it pins chip 2024.11.4 and
#                          needs Python >= 3.11) for test/faces/matter/matter-server-peer.py
# The wheel's native library needs libnl (Debian libnl-3-200, libnl-route-3-200) and keeps its
# platform settings at /data/chip_*.ini (a path compiled in); the peer mounts a private tmpfs there,
# so only the empty directory /data must exist.
# Idempotent: a venv whose pinned packages are already installed is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
CHIP=2025.7.0
SERVER=7.0.1

need=()
for pkg in libnl-3-200 libnl-route-3-200; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
[ -d /data ] || mkdir /data

make_venv() { # dir, pip args...
  local dir=$1 stamp
  shift
  stamp="$*"
  if [ -f "$dir/.installed" ] && [ "$(cat "$dir/.installed")" = "$stamp" ]; then
    echo "$dir: up to date ($stamp)"
    return
  fi
  rm -rf "$dir"
  "$PY" -m venv "$dir"
  "$dir/bin/pip" install -q --disable-pip-version-check "$@"
  echo "$stamp" >"$dir/.installed"
  echo "$dir: installed ($stamp)"
}

make_venv .venv-matter "home-assistant-chip-core==$CHIP" "home-assistant-chip-clusters==$CHIP"
make_venv .venv-matter-server "python-matter-server[server]==$SERVER"
