# The steps bench/fetch_extra_docs.sh and bench/fetch_census_docs.sh share, sourced by both: where the documents go,
# a scratch folder, Debian's documentation packages downloaded and unpacked into it, PDFs cut to ten pages with
# pypdfium2 (the project's own dependency: the project's venv, or PYTHON) and read as pdftotext text, as
# ../shared/eval/pdftext was made (form feeds between pages, running headers and page numbers as lines).
# After sourcing: $here (the project's root), $dest (the first argument, or ../$1 beside the root), the current folder
# a scratch folder removed on exit.
# shellcheck shell=bash
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# enter_scratch FOLDER DEFAULT: $dest is FOLDER, or DEFAULT beside the project's root; made if missing; then the
# current folder is a fresh scratch folder, removed when the script exits
enter_scratch() {
    dest="${1:-$here/../$2}"
    mkdir -p "$dest"
    dest="$(cd "$dest" && pwd)"  # absolute: the copies below run from inside the scratch folder
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    cd "$tmp"
}

# unpack_debs WHO PACKAGE...: the packages downloaded from Debian's archive and unpacked under ./x; WHO says what
# needs them ("the census pool needs") in the message when the archive cannot be reached
unpack_debs() {
    local who="$1"
    shift
    apt-get download "$@" >/dev/null 2>&1 || {
        echo "apt-get download failed: $who Debian's package archive" >&2
        exit 1
    }
    for deb in *.deb; do dpkg-deb -x "$deb" x; done
}

# cut_pdfs SOURCE NAME FIRST [SOURCE NAME FIRST ...]: ten pages of each SOURCE from page FIRST (counted from 0)
# saved as $dest/NAME
cut_pdfs() {
    local python="${PYTHON:-$here/.venv/bin/python}"
    [ -x "$python" ] || python=python3
    "$python" - "$dest" "$@" <<'PY'
import sys
import pypdfium2

dest, rest = sys.argv[1], sys.argv[2:]
for source, name, first in zip(rest[0::3], rest[1::3], rest[2::3], strict=True):
    part = pypdfium2.PdfDocument.new()
    part.import_pages(pypdfium2.PdfDocument(source), list(range(int(first), int(first) + 10)))
    part.save(f"{dest}/{name}")
PY
}

# pdf_texts NAME...: $dest/NAME.pdf read by pdftotext into $dest/NAME.txt (poppler-utils: scripts/install-test-deps.sh)
pdf_texts() {
    for name in "$@"; do pdftotext -q "$dest/$name.pdf" "$dest/$name.txt"; done
}
