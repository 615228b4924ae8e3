#!/usr/bin/env sh
# Installs what the tests need beyond pip: Chromium, for the headless-browser test of `scoexport show`,
# and what the report generator's test needs (bench/make_reports.py): poppler-utils (pdftotext extracts
# its PDFs) and the DejaVu and WenQuanYi fonts it typesets with. Idempotent and quick when all are already there. It installs only as root with
# apt-get (CI runs as root on Debian); otherwise it says why it skipped, and those tests skip too.
set -u
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || missing="$missing fonts-dejavu-core"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf ] || missing="$missing fonts-dejavu-extra"
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing="$missing fonts-wqy-microhei"
if [ -z "$missing" ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "install-test-deps: not root,$missing not installed; the tests that need them will be skipped" >&2
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: no apt-get,$missing not installed; the tests that need them will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086 # the package names are words to split
if apt-get -qq -o DPkg::Lock::Timeout=300 update >/dev/null \
    && apt-get -qq -y -o DPkg::Lock::Timeout=300 install --no-install-recommends $missing >/dev/null; then
    exit 0
fi
echo "install-test-deps: apt-get could not install$missing; the tests that need them will be skipped" >&2
exit 0
