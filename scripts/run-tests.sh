#!/usr/bin/env bash
# The README's second command: install what is missing, build, run every test;
# then the same suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
# BAOCAO_SANITIZERS=0 skips the second pass (quicker local runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build=${BAOCAO_BUILD_DIR:-build}
BAOCAO_BUILD_DIR=$build bash scripts/build.sh
# --timeout: the limit of a test that sets none itself, so that nothing can
# hold the run up until CI's own limit and leave no name behind.
ctest --test-dir "$build" --output-on-failure --timeout 900 -j "$(nproc)"

if [ "${BAOCAO_SANITIZERS:-1}" != "0" ]; then
  echo
  echo "== The same tests under AddressSanitizer + UndefinedBehaviorSanitizer"
  asan=${build}-asan
  BAOCAO_BUILD_DIR=$asan bash scripts/build.sh -DBAOCAO_SANITIZE=address,undefined \
    -DCMAKE_BUILD_TYPE=Debug
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$asan" --output-on-failure --timeout 900 -j "$(nproc)"
fi
