#!/usr/bin/env bash
# Renders the 绩效自评表 Score writes for the sample to a PNG, to look at it (DESIGN §12):
#   bash scripts/render-self-evaluation.sh [workbook.xlsx] [out.png]
# Needs LibreOffice (Debian: libreoffice-calc-nogui) and poppler-utils (pdfinfo, pdftotext, and
# pdftoppm or pdftocairo); not run in CI. A log sheet can be given as a third argument.
set -euo pipefail
in=${1:-assets/sample.xlsx}
out=${2:-docs/screenshots/self-evaluation-sample.png}
tmp=$(mktemp -d)
log=${3:+--log-sheet "$3"}
# shellcheck disable=SC2086 # $log is two words or none
node bin/jixiao.js score "$in" $log --out "$tmp/scored.xlsx" > /dev/null || true
[ -s "$tmp/scored.xlsx" ] || { echo "jixiao score wrote nothing for $in" >&2; exit 1; }
(cd "$tmp" && soffice --headless --convert-to pdf scored.xlsx > /dev/null 2>&1)
# The 自评表's first page: the first page whose first line is its title (财政项目支出绩效自评表 too).
pages=$(pdfinfo "$tmp/scored.pdf" | awk '/^Pages:/ {print $2}')
for ((p = 1; p <= pages; p++)); do
  if pdftotext -f "$p" -l "$p" "$tmp/scored.pdf" - | head -1 | grep -q '项目支出绩效自评表'; then
    if command -v pdftoppm > /dev/null; then pdftoppm -r 80 -f "$p" -l "$p" -png -singlefile "$tmp/scored.pdf" "${out%.png}"
    else pdftocairo -r 80 -f "$p" -l "$p" -png -singlefile "$tmp/scored.pdf" "${out%.png}"; fi
    echo "$out (page $p of $pages)"
    exit 0
  fi
done
echo "no 项目支出绩效自评表 page in the PDF" >&2
exit 1
