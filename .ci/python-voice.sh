#!/usr/bin/env bash
# Python peers of the voice tests (issue 15): the reference Wyoming implementations from PyPI.
#   .venv-voice/            wyoming (clients, servers) for the hub's Wyoming tests and test doubles
#   .venv-voice-satellite/  wyoming-satellite, which pins an older wyoming, so it has its own
# Idempotent: a venv whose pinned packages are already installed is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
WYOMING=1.8.0
SATELLITE=1.0.0

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

make_venv .venv-voice "wyoming==$WYOMING"
make_venv .venv-voice-satellite "wyoming-satellite==$SATELLITE"
