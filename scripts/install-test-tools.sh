#!/usr/bin/env bash
# Installs what the browser tests need and the machine may lack: Debian's Chromium and its driver (apt-get, only
# when missing, as root or through sudo), and the current axe-core release from the npm registry, which the tests
# check every page with (kept in .test-tools/, fetched once).
set -euo pipefail
cd "$(dirname "$0")/.."

axe_version=4.14.1
axe_dir=.test-tools/axe-core-$axe_version
if [ ! -f "$axe_dir/axe.min.js" ]; then
    echo "Fetching axe-core $axe_version for the accessibility checks"
    mkdir -p "$axe_dir"
    (cd "$axe_dir" && npm pack "axe-core@$axe_version" --silent > /dev/null \
        && tar -xzf "axe-core-$axe_version.tgz" --strip-components=1 package/axe.min.js \
        && rm "axe-core-$axe_version.tgz")
fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing ${missing[*]} for the browser tests"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends chromium chromium-driver
