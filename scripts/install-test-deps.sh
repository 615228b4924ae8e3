#!/usr/bin/env sh
# Installs what the tests need beyond pip: Chromium, for the headless-browser test of `scoexport show`.
# Idempotent and quick when Chromium is already on PATH. It installs only as root with apt-get
# (CI runs as root on Debian); otherwise it says why it skipped, and the browser test skips too.
set -u
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "install-test-deps: not root, Chromium not installed; the browser test will be skipped" >&2
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: no apt-get, Chromium not installed; the browser test will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if apt-get -qq -o DPkg::Lock::Timeout=300 update >/dev/null \
    && apt-get -qq -y -o DPkg::Lock::Timeout=300 install --no-install-recommends chromium >/dev/null; then
    exit 0
fi
echo "install-test-deps: apt-get could not install chromium; the browser test will be skipped" >&2
exit 0
