#!/usr/bin/env bash
# Opens an exported workbook in LibreOffice (headless) and converts it to CSV: fails if LibreOffice cannot read it.
# Usage: scripts/check-xlsx-libreoffice.sh FILE.xlsx
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 FILE.xlsx" >&2
  exit 2
fi
command -v soffice >/dev/null 2>&1 || { echo "soffice (LibreOffice) is not on the PATH" >&2; exit 3; }
in="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# a profile of its own, so that a running LibreOffice or a stale lock does not stop the conversion
timeout 180 soffice -env:UserInstallation="file://$out/profile" --headless --norestore \
  --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 --outdir "$out" "$in" >"$out/log" 2>&1 || {
  echo "LibreOffice failed on $1:" >&2; cat "$out/log" >&2; exit 1; }
csv="$out/$(basename "${in%.*}").csv"
if [ ! -s "$csv" ]; then
  echo "LibreOffice wrote no CSV for $1:" >&2; cat "$out/log" >&2; exit 1
fi
echo "LibreOffice read $1: $(wc -l <"$csv") lines in the first sheet"
head -n 2 "$csv"
