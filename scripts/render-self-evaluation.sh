#!/usr/bin/env bash
# Renders the 绩效自评表 Score writes for the sample to a PNG, to look at it (DESIGN §12):
#   bash scripts/render-self-evaluation.sh [workbook.xlsx] [out.png]
# Needs LibreOffice (Debian: libreoffice-calc-nogui) and pdftoppm (poppler-utils); not run in CI.
set -euo pipefail
in=${1:-assets/sample.xlsx}
out=${2:-docs/screenshots/self-evaluation-sample.png}
tmp=$(mktemp -d)
node bin/jixiao.js score "$in" --out "$tmp/scored.xlsx" > /dev/null || true
(cd "$tmp" && soffice --headless --convert-to pdf scored.xlsx > /dev/null 2>&1)
# The 自评表's first page: the first page whose text starts with its title.
pages=$(pdfinfo "$tmp/scored.pdf" | awk '/^Pages:/ {print $2}')
for ((p = 1; p <= pages; p++)); do
  if pdftotext -f "$p" -l "$p" "$tmp/scored.pdf" - | head -1 | grep -q '^项目支出绩效自评表'; then
    pdftoppm -r 80 -f "$p" -l "$p" -png -singlefile "$tmp/scored.pdf" "${out%.png}"
    echo "$out (page $p of $pages)"
    exit 0
  fi
done
echo "no 项目支出绩效自评表 page in the PDF" >&2
exit 1
