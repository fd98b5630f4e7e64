#!/usr/bin/env bash
# Configures and builds baocao into build/ (or $BAOCAO_BUILD_DIR).
# Extra arguments go to cmake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BAOCAO_BUILD_DIR:-build}
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBAOCAO_WERROR=$werror "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
