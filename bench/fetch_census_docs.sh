#!/usr/bin/env bash
# Fetch a pool of documents that no annotation file names, for censuses: a rule writer lists what a change adds or
# takes away on documents nobody annotated (bench/acronym_census.py, bench/contents_leaks.py) and judges a sample of
# them by hand, so that a rule is tried on documents it was not made from. All come from Debian's documentation
# packages, none is a translation of a document held aside (bench/devset/aside.txt): Python's release notes and
# HOWTOs, sections of the Debian Administrator's Handbook in English, German and French, chapters of the German and
# French Debian FAQ, two chapters of the Developer's Reference, the detailed history of Debian in three languages,
# and the first ten pages of four R manuals as PDF and as pdftotext text; since the eighteenth session also pages of
# makers outside Debian: the Apache HTTP Server's notes on new features in English and French (its German pages are the English text), its upgrading
# notes and security tips (apache2-doc), and six of Postfix's READMEs (postfix-doc).
# Usage: bash bench/fetch_census_docs.sh [FOLDER]   (default: ../census-docs beside the project's root)
set -euo pipefail
source "$(dirname "$0")/fetch_debs.sh"
enter_scratch "${1:-}" census-docs
unpack_debs "the census pool needs" python3.11-doc debian-handbook debian-faq-de debian-faq-fr developers-reference \
    debian-history r-doc-pdf apache2-doc postfix-doc
docs=x/usr/share/doc
py="$docs"/python3.11/html
for version in 2.0 2.5 3.0 3.8; do cp "$py"/whatsnew/$version.html "$dest"/python-whatsnew-$version.html; done
for howto in argparse logging functional regex enum descriptor; do
    cp "$py"/howto/$howto.html "$dest"/python-howto-$howto.html
done
handbook="$docs"/debian-handbook/html
for section in role-of-distributions why-debian-stable who-is-this-book-for future-of-this-book tails raspbian \
    pureos steamos grml aptosid other-derivatives selected-approach computer-layers backup; do
    cp "$handbook"/en-US/sect.$section.html "$dest"/handbook-$section.en.html
done
for section in role-of-distributions why-debian-stable who-is-this-book-for future-of-this-book tails raspbian; do
    cp "$handbook"/de-DE/sect.$section.html "$dest"/handbook-$section.de.html
    cp "$handbook"/fr-FR/sect.$section.html "$dest"/handbook-$section.fr.html
done
for chapter in choosing software pkg-basics getting-debian compatibility; do
    cp "$docs"/debian/FAQ/de/$chapter.de.html "$dest"/faq-$chapter.de.html
    cp "$docs"/debian/FAQ/fr/$chapter.fr.html "$dest"/faq-$chapter.fr.html
done
for chapter in best-pkging-practices pkgs; do
    cp x/usr/share/developers-reference/_sources/$chapter.rst.txt "$dest"/devref-$chapter.txt
done
for lang in en de fr; do cp "$docs"/debian-history/docs/detailed.$lang.html "$dest"/history-detailed.$lang.html; done
apache="$docs"/apache2-doc/manual
for lang in en fr; do
    for version in 2_2 2_4; do cp "$apache"/$lang/new_features_$version.html "$dest"/apache-new-features-$version.$lang.html; done
done
cp "$apache"/en/upgrading.html "$dest"/apache-upgrading.en.html
cp "$apache"/en/misc/security_tips.html "$dest"/apache-security-tips.en.html
for readme in OVERVIEW BASIC_CONFIGURATION_README TUNING_README ADDRESS_VERIFICATION_README \
    STANDARD_CONFIGURATION_README SMTPD_ACCESS_README; do
    cp "$docs"/postfix/html/$readme.html "$dest"/postfix-$readme.html
done
# the first ten pages: title, copyright, contents and the opening chapters, with their running headers
manual="$docs"/r-doc-pdf/manual
cut_pdfs "$manual"/R-intro.pdf r-intro-p1-10.pdf 0 "$manual"/R-data.pdf r-data-p1-10.pdf 0 \
    "$manual"/R-lang.pdf r-lang-p1-10.pdf 0 "$manual"/R-exts.pdf r-exts-p1-10.pdf 0
pdf_texts r-intro-p1-10 r-data-p1-10 r-lang-p1-10 r-exts-p1-10
echo "$(ls "$dest" | wc -l) census documents are in $dest"
