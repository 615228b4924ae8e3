#!/usr/bin/env bash
# Fetch the Debian documents that bench/devset/fresh4 to fresh13 annotate beside ../shared/eval: Debian's
# project history, social contract, manifesto and dedications (debian-history), the Debian Python policy
# (python3-dev), the shared MIME-info specification (shared-mime-info), the constitution (doc-debian), a
# chapter of the Debian FAQ (debian-faq), the Securing Debian manual's change history (harden-doc) and the
# reference card (debian-refcard); for fresh6, the foreword of the Debian Administrator's Handbook (debian-handbook),
# the menu sub-policy (debian-policy), a chapter of the Developer's Reference in its reStructuredText source
# (developers-reference) and a chapter of the New Maintainers' Guide (maint-guide); for fresh7, another section of
# the Handbook, the Policy package's README, another chapter of each of the two guides; for fresh8, two more
# sections of the Handbook, the Developer's Reference chapter on localization and Python's sorting HOWTO
# (python3.11-doc); for fresh9, the Handbook's foundation documents section, Python's sockets HOWTO, the
# Developer's Reference chapter beyond packaging, and the first ten pages of two PDFs: GNU's information for
# maintainers (gnu-standards) and the Filesystem Hierarchy Standard (debian-policy), cut with pypdfium2 (the
# project's own dependency: run with the project's venv, or set PYTHON); for fresh10, Python's Unicode HOWTO, the
# Handbook's section on Ubuntu, the Developer's Reference chapter on resources and the first ten pages of the New
# Maintainers' Guide as a PDF; for manuals1, the first ten pages of the Bash Reference Manual (bash-doc) and of the
# Debian Reference (debian-reference-en), PDF manuals' front matter (title, copyright, contents, collaborators); for
# fresh11, the Handbook's acknowledgments, Python's ipaddress HOWTO, the Developer's Reference chapter on tools and
# the first ten pages of the GNU Coding Standards as a PDF (gnu-standards); for fresh12, the Handbook's section on
# Debian's internals, Python's HOWTO on fetching resources with urllib, the Developer's Reference chapter on its
# scope and the first ten pages of the Debian FAQ as a PDF (debian-faq); for fresh13, the Handbook's section on the
# Falcot master plan, Python's annotations HOWTO, the autopkgtest specification (debian-policy, plain text) and the
# first ten pages of the Debian Policy Manual as a PDF (debian-policy); for fresh14, the Handbook's sections on Kali
# Linux and Devuan, Python's HOWTO on porting extension modules and the first ten pages of the R FAQ as a PDF
# (r-doc-pdf); for fresh15, the German introduction to Debian's history (debian-history), three chapters of the
# German Debian FAQ (debian-faq-de) and one of the French (debian-faq-fr), the What's New of Python 3.1 and Python's
# instrumentation HOWTO, and the first ten pages of R Installation and Administration as a PDF (r-doc-pdf); for fresh16,
# the Handbook's sections on becoming a package maintainer and on Linux Mint in German and on Knoppix in French, the
# German Debian FAQ's chapter on support and the French one's basic definitions, Python's HOWTOs on porting to Python 3
# and on curses, and the first ten pages of R Internals as a PDF (r-doc-pdf); for fresh17, documents of makers outside
# Debian: PostgreSQL's history and its release notes for 15.1 (postgresql-doc-15), three pages of SQLite's documentation
# (sqlite3-doc: when to use it, the most deployed database, about), two of Git's HOWTOs, one as HTML and one in its
# AsciiDoc source, and Git's reviewing guidelines as plain text (git-doc), and pages 11 to 20 of the R Language
# Definition as a PDF (r-doc-pdf). They are documents of other kinds than news (manuals, a specification, a
# charter, release notes, a change log, mails kept as HOWTOs) written by people outside the team.
# Usage: bash bench/fetch_extra_docs.sh [FOLDER]   (default: ../extra-docs beside the project's root)
set -euo pipefail
source "$(dirname "$0")/fetch_debs.sh"
enter_scratch "${1:-}" extra-docs
unpack_debs "fresh4 to fresh17 need" debian-history python3-dev shared-mime-info doc-debian debian-faq harden-doc \
    debian-refcard debian-handbook debian-policy developers-reference maint-guide python3.11-doc gnu-standards \
    bash-doc debian-reference-en debian-faq r-doc-pdf debian-faq-de debian-faq-fr postgresql-doc-15 sqlite3-doc \
    git-doc
docs=x/usr/share/doc
cp "$docs"/debian-history/docs/{releases,leaders,manifesto}.en.html "$dest"/
cp "$docs"/debian-history/dedication/dedication-9.0.txt "$dest"/
zcat "$docs"/debian-history/social-contract.txt.gz >"$dest"/social-contract.txt
cp "$docs"/python3/python-policy.html "$dest"/
cp "$docs"/shared-mime-info/shared-mime-info-spec.pdf "$dest"/
cp "$docs"/debian-history/dedication/dedication-5.0.txt "$dest"/
zcat "$docs"/debian/constitution.txt.gz >"$dest"/constitution.txt
cp "$docs"/debian/FAQ/choosing.en.html "$dest"/faq-choosing.en.html
cp "$docs"/harden-doc/html/en-US/changelog_history.html "$dest"/harden-changelog.html
zcat "$docs"/debian-refcard/refcard-en-a4.pdf.gz >"$dest"/refcard-en-a4.pdf
cp "$docs"/debian-handbook/html/en-US/foreword.html "$dest"/handbook-foreword.html
zcat "$docs"/debian-policy/menu-policy.txt.gz >"$dest"/menu-policy.txt
cp x/usr/share/developers-reference/_sources/new-maintainer.rst.txt "$dest"/devref-new-maintainer.txt
cp "$docs"/maint-guide/html/first.en.html "$dest"/maint-guide-first.en.html
cp "$docs"/debian-handbook/html/en-US/sect.future-of-debian.html "$dest"/handbook-future-of-debian.html
zcat "$docs"/debian-policy/README.txt.gz >"$dest"/policy-readme.txt
cp x/usr/share/developers-reference/_sources/developer-duties.rst.txt "$dest"/devref-developer-duties.txt
cp "$docs"/maint-guide/html/checkit.en.html "$dest"/maint-guide-checkit.en.html
cp "$docs"/debian-handbook/html/en-US/sect.release-lifecycle.html "$dest"/handbook-release-lifecycle.html
cp "$docs"/debian-handbook/html/en-US/sect.follow-debian-news.html "$dest"/handbook-follow-debian-news.html
cp x/usr/share/developers-reference/_sources/l10n.rst.txt "$dest"/devref-l10n.txt
cp "$docs"/python3.11/html/howto/sorting.html "$dest"/python-howto-sorting.html
cp "$docs"/debian-handbook/html/en-US/sect.foundation-documents.html "$dest"/handbook-foundation-documents.html
cp "$docs"/python3.11/html/howto/sockets.html "$dest"/python-howto-sockets.html
cp x/usr/share/developers-reference/_sources/beyond-pkging.rst.txt "$dest"/devref-beyond-pkging.txt
cp "$docs"/python3.11/html/howto/unicode.html "$dest"/python-howto-unicode.html
cp "$docs"/debian-handbook/html/en-US/sect.ubuntu.html "$dest"/handbook-ubuntu.html
cp x/usr/share/developers-reference/_sources/resources.rst.txt "$dest"/devref-resources.txt
cp "$docs"/debian-handbook/html/en-US/sect.acknowledgments.html "$dest"/handbook-acknowledgments.html
cp "$docs"/python3.11/html/howto/ipaddress.html "$dest"/python-howto-ipaddress.html
cp x/usr/share/developers-reference/_sources/tools.rst.txt "$dest"/devref-tools.txt
cp "$docs"/debian-handbook/html/en-US/sect.debian-internals.html "$dest"/handbook-debian-internals.html
cp "$docs"/python3.11/html/howto/urllib2.html "$dest"/python-howto-urllib2.html
cp x/usr/share/developers-reference/_sources/scope.rst.txt "$dest"/devref-scope.txt
cp "$docs"/debian-handbook/html/en-US/sect.master-plan.html "$dest"/handbook-master-plan.html
cp "$docs"/python3.11/html/howto/annotations.html "$dest"/python-howto-annotations.html
zcat "$docs"/debian-policy/autopkgtest.txt.gz >"$dest"/policy-autopkgtest.txt
cp "$docs"/debian-handbook/html/en-US/sect.kali.html "$dest"/handbook-kali.html
cp "$docs"/debian-handbook/html/en-US/sect.devuan.html "$dest"/handbook-devuan.html
cp "$docs"/python3.11/html/howto/cporting.html "$dest"/python-howto-cporting.html
cp "$docs"/r-doc-pdf/manual/R-FAQ.pdf r-faq.pdf
cp "$docs"/debian-history/docs/intro.de.html "$dest"/history-intro.de.html
for chapter in contributing redistributing nextrelease; do
    cp "$docs"/debian/FAQ/de/$chapter.de.html "$dest"/faq-$chapter.de.html
done
cp "$docs"/debian/FAQ/fr/kernel.fr.html "$dest"/faq-kernel.fr.html
cp "$docs"/python3.11/html/whatsnew/3.1.html "$dest"/python-whatsnew-3.1.html
cp "$docs"/python3.11/html/howto/instrumentation.html "$dest"/python-howto-instrumentation.html
cp "$docs"/r-doc-pdf/manual/R-admin.pdf r-admin.pdf
handbook="$docs"/debian-handbook/html
cp "$handbook"/de-DE/sect.becoming-package-maintainer.html "$dest"/handbook-becoming-maintainer.de.html
cp "$handbook"/de-DE/sect.linux-mint.html "$dest"/handbook-linux-mint.de.html
cp "$handbook"/fr-FR/sect.knoppix.html "$dest"/handbook-knoppix.fr.html
cp "$docs"/debian/FAQ/de/support.de.html "$dest"/faq-support.de.html
cp "$docs"/debian/FAQ/fr/basic-defs.fr.html "$dest"/faq-basic-defs.fr.html
cp "$docs"/python3.11/html/howto/pyporting.html "$dest"/python-howto-pyporting.html
cp "$docs"/python3.11/html/howto/curses.html "$dest"/python-howto-curses.html
cp "$docs"/r-doc-pdf/manual/R-ints.pdf r-ints.pdf
cp "$docs"/postgresql-doc-15/html/history.html "$dest"/pg-history.html
cp "$docs"/postgresql-doc-15/html/release-15-1.html "$dest"/pg-release-15-1.html
for page in whentouse mostdeployed about; do cp "$docs"/sqlite3/$page.html "$dest"/sqlite-$page.html; done
cp "$docs"/git-doc/howto/revert-a-faulty-merge.html "$dest"/git-howto-revert-a-faulty-merge.html
cp "$docs"/git-doc/howto/rebase-from-internal-branch.txt "$dest"/git-howto-rebase-from-internal-branch.txt
cp "$docs"/git-doc/ReviewingGuidelines.txt "$dest"/git-reviewing-guidelines.txt
cp "$docs"/r-doc-pdf/manual/R-lang.pdf r-lang.pdf
zcat "$docs"/debian/FAQ/debian-faq.en.pdf.gz >faq.pdf
zcat "$docs"/debian-policy/policy.pdf.gz >policy.pdf
zcat "$docs"/gnu-standards/standards.pdf.gz >standards.pdf
cp "$docs"/maint-guide/maint-guide.en.pdf maint-guide.pdf
zcat "$docs"/gnu-standards/maintain.pdf.gz >maintain.pdf
zcat "$docs"/debian-policy/fhs/fhs-3.0.pdf.gz >fhs.pdf
cp "$docs"/bash-doc/bashref.pdf bashref.pdf
cp x/usr/share/debian-reference/debian-reference.en.pdf debian-reference.pdf
# the first ten pages: title, copyright, contents and the opening chapters, with their running headers; for the R
# Language Definition pages 11 to 20, where the contents have ended and the running text has begun
cut_pdfs maintain.pdf gnu-maintain-p1-10.pdf 0 fhs.pdf fhs-3.0-p1-10.pdf 0 maint-guide.pdf maint-guide-p1-10.pdf 0 \
    bashref.pdf bashref-p1-10.pdf 0 debian-reference.pdf debian-reference-p1-10.pdf 0 \
    standards.pdf standards-p1-10.pdf 0 faq.pdf faq-p1-10.pdf 0 policy.pdf policy-p1-10.pdf 0 \
    r-faq.pdf r-faq-p1-10.pdf 0 r-admin.pdf r-admin-p1-10.pdf 0 r-ints.pdf r-ints-p1-10.pdf 0 \
    r-lang.pdf r-lang-p11-20.pdf 10
# The PDF manuals as users also feed them, for the text route of manuals1, fresh4, fresh5 and fresh9, and of the
# aside sets' manuals (fresh10 to fresh17); and fresh4's Word document from ../shared/eval/realpdf.
pdf_texts bashref-p1-10 debian-reference-p1-10 fhs-3.0-p1-10 gnu-maintain-p1-10 shared-mime-info-spec \
    refcard-en-a4 maint-guide-p1-10 standards-p1-10 faq-p1-10 policy-p1-10 r-faq-p1-10 r-admin-p1-10 \
    r-ints-p1-10 r-lang-p11-20
realpdf="$here/../shared/eval/realpdf"
[ -f "$realpdf/word365_structure.pdf" ] && pdftotext -q "$realpdf/word365_structure.pdf" "$dest/word365_structure.txt"
echo "the documents of fresh4 to fresh17 and manuals1 are in $dest"
