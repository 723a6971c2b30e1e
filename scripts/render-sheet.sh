#!/usr/bin/env bash
# Renders a sheet Jixiao writes for the sample to a PNG, to look at it as it prints:
#   bash scripts/render-sheet.sh self-evaluation [workbook.xlsx] [out.png]   # Score's 绩效自评表 (DESIGN §12)
#   bash scripts/render-sheet.sh monitor [workbook.xlsx] [out.png]           # Monitor's 绩效监控表 (DESIGN §9)
# Monitor's date is AS_OF (default 2022-06-30, the sample's year). Needs LibreOffice (Debian:
# libreoffice-calc-nogui) and poppler-utils (pdfinfo, pdftotext, and pdftoppm or pdftocairo);
# not run in CI.
set -euo pipefail
kind=${1:?self-evaluation or monitor}
in=${2:-assets/sample.xlsx}
case "$kind" in
  self-evaluation) run=(score "$in"); title='项目支出绩效自评表'; out=${3:-docs/screenshots/self-evaluation-sample.png} ;;
  monitor) run=(monitor "$in" --as-of "${AS_OF:-2022-06-30}"); title='项目支出绩效目标执行监控表'; out=${3:-docs/screenshots/monitor-sheet-sample.png} ;;
  *) echo "unknown sheet kind: $kind (self-evaluation or monitor)" >&2; exit 2 ;;
esac
tmp=$(mktemp -d)
node bin/jixiao.js "${run[@]}" --out "$tmp/out.xlsx" > /dev/null || true
[ -s "$tmp/out.xlsx" ] || { echo "jixiao ${run[0]} wrote nothing for $in" >&2; exit 1; }
(cd "$tmp" && soffice --headless --convert-to pdf out.xlsx > /dev/null 2>&1)
# The sheet's first page: the first page whose first line is its title.
pages=$(pdfinfo "$tmp/out.pdf" | awk '/^Pages:/ {print $2}')
for ((p = 1; p <= pages; p++)); do
  if pdftotext -f "$p" -l "$p" "$tmp/out.pdf" - | head -1 | grep -q "$title"; then
    if command -v pdftoppm > /dev/null; then pdftoppm -r 80 -f "$p" -l "$p" -png -singlefile "$tmp/out.pdf" "${out%.png}"
    else pdftocairo -r 80 -f "$p" -l "$p" -png -singlefile "$tmp/out.pdf" "${out%.png}"; fi
    echo "$out (page $p of $pages)"
    exit 0
  fi
done
echo "no $title page in the PDF" >&2
exit 1
