#!/usr/bin/env bash
# Installs the Debian 12 packages baocao needs to build and test, and only
# those that are missing. Idempotent; says what it installs. Run as root.
set -euo pipefail

packages=(
  g++ cmake make pkg-config          # toolchain
  libicu-dev                         # Unicode normalisation, case, encodings
  libxapian-dev xapian-tools         # the index; xapian-tcpsrv for remote shards
  libpoppler-cpp-dev poppler-utils   # PDF text; pdftotext for comparisons
  libcli11-dev                       # command line
  nlohmann-json3-dev                 # JSON output and records
  libgtest-dev                       # tests
  python3                            # evaluation scripts
  librsvg2-bin                       # rsvg-convert: the trend chart test renders the SVG
)

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
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root (or: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
