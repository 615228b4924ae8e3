#!/usr/bin/env bash
# Fetch the Debian documents that bench/devset/fresh4 annotates beside ../shared/eval: Debian's project
# history, social contract, manifesto and dedication (debian-history), the Debian Python policy
# (python3-dev) and the shared MIME-info specification (shared-mime-info). They are documents of other
# kinds than news (manuals, a specification, a charter, release notes) written by people outside the team.
# Usage: bash bench/fetch_extra_docs.sh [FOLDER]   (default: ../extra-docs beside the project's root)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$here/../extra-docs}"
mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
apt-get download debian-history python3-dev shared-mime-info >/dev/null 2>&1 || {
    echo "apt-get download failed: fresh4 needs Debian's package archive" >&2
    exit 1
}
for deb in *.deb; do dpkg-deb -x "$deb" x; done
docs=x/usr/share/doc
cp "$docs"/debian-history/docs/{releases,leaders,manifesto}.en.html "$dest"/
cp "$docs"/debian-history/dedication/dedication-9.0.txt "$dest"/
zcat "$docs"/debian-history/social-contract.txt.gz >"$dest"/social-contract.txt
cp "$docs"/python3/python-policy.html "$dest"/
cp "$docs"/shared-mime-info/shared-mime-info-spec.pdf "$dest"/
echo "fresh4's Debian documents are in $dest"
