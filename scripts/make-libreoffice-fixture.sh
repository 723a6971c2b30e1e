#!/usr/bin/env bash
# Makes test/fixtures/libreoffice/seed-libreoffice.xlsx: the seed table (DESIGN §1) written as a
# flat ODF spreadsheet (.fods, kept beside it) with what a real workbook carries — a title and a
# 项目目标 block, a two-row header with merges, 一级指标 merged down its rows, group rows of 空, line
# breaks in cells, borders and fills, percentage and date formats, two comments, a bar chart of the
# 数量指标 targets, and a 完成情况台账 log sheet — then converted to .xlsx by LibreOffice Calc
# headless. The tests (test/reliability/nothing-lost.test.ts) check that Score keeps every part of
# it that scoring does not touch: LibreOffice writes its packages differently from Excel and exceljs.
#
# LibreOffice is not installed in CI: the produced .xlsx is committed. To remake it:
#   apt-get install -y libreoffice-calc      # Debian / Ubuntu
#   scripts/make-libreoffice-fixture.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=test/fixtures/libreoffice
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

node --input-type=module - "$OUT/seed-libreoffice.fods" <<'JS'
import { writeFileSync } from "node:fs";
const out = process.argv[2];
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const paras = (s) => String(s).split("\n").map((l) => `<text:p>${esc(l)}</text:p>`).join("");

// A cell: text, number, percentage or date, a style, spans, a comment.
function cell(v, o = {}) {
  const a = [];
  if (o.style) a.push(`table:style-name="${o.style}"`);
  if (o.cols) a.push(`table:number-columns-spanned="${o.cols}"`);
  if (o.rows) a.push(`table:number-rows-spanned="${o.rows}"`);
  if (o.rows || o.cols) {
    if (!o.cols) a.push('table:number-columns-spanned="1"');
    if (!o.rows) a.push('table:number-rows-spanned="1"');
  }
  const note = o.comment ? `<office:annotation><dc:creator>${esc(o.comment[0])}</dc:creator><dc:date>2022-12-31T10:00:00</dc:date>${paras(o.comment[1])}</office:annotation>` : "";
  if (v === null || v === undefined || v === "") return `<table:table-cell ${a.join(" ")}>${note}</table:table-cell>`;
  if (o.percent) return `<table:table-cell ${a.join(" ")} office:value-type="percentage" office:value="${v}">${note}<text:p>${(v * 100).toFixed(1)}%</text:p></table:table-cell>`;
  if (o.date) return `<table:table-cell ${a.join(" ")} office:value-type="date" office:date-value="${v}">${note}<text:p>${v}</text:p></table:table-cell>`;
  if (typeof v === "number") return `<table:table-cell ${a.join(" ")} office:value-type="float" office:value="${v}">${note}<text:p>${v}</text:p></table:table-cell>`;
  return `<table:table-cell ${a.join(" ")} office:value-type="string">${note}${paras(v)}</table:table-cell>`;
}
const covered = (n = 1) => (n > 1 ? `<table:covered-table-cell table:number-columns-repeated="${n}"/>` : "<table:covered-table-cell/>");
const row = (cells, style = "ro1") => `<table:table-row table:style-name="${style}">${cells.join("")}</table:table-row>`;

const NOTICE = "《中共昆明市委宣传部下发的<关于加强舆情信息和每日要情信息报送工作的通知》及《中共昆明市委网络安全和信息化委员会办公室 昆明市互联网信息办公室 要发的<市委网信办信息报送工作办法";
const RULES = "落实《呈贡区党工委（党组）网络意识形态实施细则》";
// [一级, 二级, 三级 (printed, with line breaks), 指标性质, 指标值, 度量单位, 指标属性, 评（扣）分标准, 指标内容, 数据来源]
const IND = [
  ["产出指标", "数量指标", "编撰网络舆情分析\n研判报告期数", "=", 12, "期", "定量指标", "12分，完成1期得1分", "反映编撰网络舆情分析研判报告期数", NOTICE],
  ["产出指标", "数量指标", "编撰呈贡区网络舆\n情一周综述期数", "=", 48, "期", "定量指标", "24分，完成1期得0.5分", "反映编撰呈贡区网络舆情一周综述期数", NOTICE],
  ["产出指标", "数量指标", "遇热点网络舆情情\n况，及时编撰敏感\n网络舆情专报", "=", "不定期", "期", "定性指标", "5分，完成1期得5分", "反映编撰呈贡区网络舆情一周综述期数", NOTICE],
  ["产出指标", "数量指标", "呈贡区政务微信、\n微博运维情况进行\n监测期数", "=", 12, "期", "定量指标", "12分，完成1期得1分", "反映对呈贡区政务微信、微博运维情况进行监测期数", NOTICE],
  ["产出指标", "数量指标", "呈贡区网络外宣稿\n件进行统计期数", "=", 4, "期", "定量指标", "4分，完成1期得1分", "反映对呈贡区网络外宣稿件进行统计期数", NOTICE],
  ["产出指标", "数量指标", "全国、涉滇、涉昆\n热点舆情选题期数", ">=", 200, "期", "定量指标", "8分，完成1期得0.04分", "反映全国、涉滇、涉昆热点舆情选题期数，每个工作日1期", NOTICE],
  ["产出指标", "质量指标", "报告完成质量", "=", "合格", "", "定性指标", "7分，质量合格得7分", "反映报告完成质量", NOTICE],
  ["产出指标", "时效指标", "报告完成时限", "<=", 365, "天", "定量指标", "7分，按计划完成得7分", "反映计划完成时间情况", "按工作计划"],
  ["效益指标", "社会效益指标", "舆论导向正确率", ">=", 100, "%", "定量指标", "7分，舆论导向正确得7分", "反映舆论导向正确程度", RULES],
  ["效益指标", "可持续影响指标", "营造呈贡区清朗的\n网络空间", "=", 98, "%", "定量指标", "7分，达到标准得7分", "反映营造呈贡区清朗的网络空间程度", RULES],
  ["满意度指标", "服务对象满意度指标", "社会公众满意度", ">=", 98, "%", "定量指标", "7分，达到标准得7分", "反映社会公众对宣传的满意程度。", RULES],
];
const COMMENTS = {
  "编撰网络舆情分析\n研判报告期数": ["财务科", "全年计划12期，按月编撰。"],
  "遇热点网络舆情情\n况，及时编撰敏感\n网络舆情专报": ["网信办", "不定期：有热点舆情即编撰。\n评分按实际期数。"],
};

const rows = [];
rows.push(row([cell("项目绩效目标表", { style: "title", cols: 10 }), covered(9)], "ro2"));
rows.push(row([cell("项目目标", { style: "hdr", rows: 2 }), cell("总体目标(2022年-2024年)", { style: "hdr" }), cell("做好呈贡区网络舆情监测、分析、研判工作及外宣稿件统计工作", { style: "wrap", cols: 8 }), covered(7)]));
rows.push(row([covered(), cell("预算年度(2022年)目标", { style: "hdr" }), cell("做好全国、涉滇、涉昆及属地网络舆情监测、分析、研判工作及外宣稿件统计工作", { style: "wrap", cols: 8 }), covered(7)]));
rows.push(row([cell("绩效指标", { style: "hdr", cols: 7 }), covered(6), cell("评（扣）分标准", { style: "hdr", rows: 2 }), cell("指标内容", { style: "hdr", rows: 2 }), cell("绩效指标值设定依据及数据来源", { style: "hdr", rows: 2 })]));
rows.push(row([..."一级指标 二级指标 三级指标 指标性质 指标值 度量单位 指标属性".split(" ").map((h) => cell(h, { style: "hdr" })), covered(3)]));

// Body: group rows of 空, 一级 merged down its block, 二级 on group rows.
const body = [];
let last1 = null;
let last2 = null;
for (const r of IND) {
  if (r[0] !== last1) body.push({ group: 1, label: r[0] });
  if (r[1] !== last2 || r[0] !== last1) body.push({ group: 2, label: r[1], l1: r[0] });
  body.push({ ind: r });
  last1 = r[0];
  last2 = r[1];
}
// Rows each 一级 block spans (its group row down to its last indicator).
const span = new Map();
body.forEach((b, i) => {
  const l1 = b.group === 1 ? b.label : b.group === 2 ? b.l1 : b.ind[0];
  if (!span.has(l1)) span.set(l1, { first: i, count: 0 });
  span.get(l1).count++;
});
body.forEach((b, i) => {
  const l1 = b.group === 1 ? b.label : b.group === 2 ? b.l1 : b.ind[0];
  const s = span.get(l1);
  const first = s.first === i ? cell(l1, { style: "wrap", rows: s.count }) : covered();
  if (b.group === 1) rows.push(row([first, ...Array.from({ length: 9 }, () => cell("空", { style: "wrap" }))]));
  else if (b.group === 2) rows.push(row([first, cell(b.label, { style: "wrap" }), ...Array.from({ length: 8 }, () => cell("空", { style: "wrap" }))]));
  else {
    const r = b.ind;
    rows.push(row([first, ...r.slice(1).map((v, k) => cell(v, { style: "wrap", comment: k === 1 ? COMMENTS[v] : undefined }))], "ro3"));
  }
});
rows.push(row([cell("填报人：张三", { style: "plain" }), cell(""), cell(""), cell(""), cell(""), cell("审核人：李四", { style: "plain" })]));

// The log: one row per piece of work or measurement.
const d = (m, day) => `2022-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const monthEnd = (m) => d(m, new Date(Date.UTC(2022, m, 0)).getUTCDate());
const log = [];
for (let m = 1; m <= 12; m++) log.push([monthEnd(m), "编撰网络舆情分析研判报告期数", null, m === 12 ? "佐证材料：2022年12月网络舆情分析研判报告" : ""]);
for (let w = 0; w < 48; w++) {
  const t = new Date(Date.UTC(2022, 0, 7 + 7 * w));
  log.push([t.toISOString().slice(0, 10), "编撰呈贡区网络舆情一周综述期数", null, ""]);
}
log.push([d(3, 18), "遇热点网络舆情情况，及时编撰敏感网络舆情专报", null, "佐证材料：敏感网络舆情专报〔2022〕第1期"]);
log.push([d(7, 26), "遇热点网络舆情情况，及时编撰敏感网络舆情专报", null, "佐证材料：敏感网络舆情专报〔2022〕第2期"]);
for (let m = 1; m <= 12; m++) log.push([d(m, 15), "呈贡区政务微信、微博运维情况进行监测期数", null, ""]);
for (const m of [3, 6, 9, 12]) log.push([monthEnd(m), "呈贡区网络外宣稿件进行统计期数", 1, ""]);
for (let m = 1; m <= 12; m++) log.push([monthEnd(m), "全国、涉滇、涉昆热点舆情选题期数", 20, ""]);
log.push([d(12, 31), "报告完成质量", "合格", "佐证材料：市委网信办年度考核通报"]);
log.push([d(12, 16), "报告完成时限", 350, "12月16日完成全年报告"]);
for (const m of [3, 6, 9, 12]) log.push([monthEnd(m), "舆论导向正确率", { pct: 1 }, ""]);
log.push([d(6, 30), "营造呈贡区清朗的网络空间", { pct: 0.978 }, "半年评估"]);
log.push([d(12, 31), "营造呈贡区清朗的网络空间", { pct: 0.985 }, "年度评估"]);
log.push([d(12, 31), "社会公众满意度", { pct: 0.986 }, "佐证材料：社会公众满意度问卷调查统计表（发放500份）"]);
log.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const logRows = [row(["日期", "三级指标", "完成值", "备注"].map((h) => cell(h, { style: "hdr" })))];
for (const [date, name, value, remark] of log)
  logRows.push(row([cell(date, { date: true, style: "date" }), cell(name), value && typeof value === "object" ? cell(value.pct, { percent: true, style: "pct" }) : cell(value), cell(remark)]));

// The chart: the 数量指标 targets (rows 8–13, E) by name (C), as a bar chart on the target sheet.
const T = "$'项目绩效目标表'";
const names = `${T}.$C$8:.$C$13`;
const values = `${T}.$E$8:.$E$13`;
const chart = `<table:shapes><draw:frame draw:z-index="0" draw:name="数量指标图" svg:width="16cm" svg:height="8cm" svg:x="2cm" svg:y="16cm"><draw:object draw:notify-on-update-of-ranges="${names} ${values}"><office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart"><office:body><office:chart><chart:chart svg:width="16cm" svg:height="8cm" chart:class="chart:bar"><chart:title><text:p>数量指标 年度指标值</text:p></chart:title><chart:plot-area table:cell-range-address="${names} ${values}" chart:data-source-has-labels="none"><chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="${names}"/></chart:axis><chart:axis chart:dimension="y" chart:name="primary-y"/><chart:series chart:values-cell-range-address="${values}" chart:class="chart:bar"><chart:data-point chart:repeated="6"/></chart:series></chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame></table:shapes>`;

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0"',
].join(" ");
const border = 'fo:border="0.5pt solid #000000"';
const fods = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:creation-date>2022-01-05T09:00:00</meta:creation-date><dc:date>2022-12-31T18:00:00</dc:date><dc:title>项目绩效目标表</dc:title><meta:generator>jixiao scripts/make-libreoffice-fixture.sh</meta:generator></office:meta>
<office:automatic-styles>
<number:percentage-style style:name="N10"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:date-style style:name="N37"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.8cm" style:use-optimal-row-height="false"/></style:style>
<style:style style:name="ro2" style:family="table-row"><style:table-row-properties style:row-height="1.2cm" style:use-optimal-row-height="false"/></style:style>
<style:style style:name="ro3" style:family="table-row"><style:table-row-properties style:row-height="1.6cm" style:use-optimal-row-height="false"/></style:style>
<style:style style:name="title" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold" style:font-name="宋体"/></style:style>
<style:style style:name="hdr" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" ${border} style:vertical-align="middle" fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties ${border} style:vertical-align="middle" fo:wrap-option="wrap"/></style:style>
<style:style style:name="plain" style:family="table-cell"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="pct" style:family="table-cell" style:data-style-name="N10"/>
<style:style style:name="date" style:family="table-cell" style:data-style-name="N37"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="项目绩效目标表">${chart}<table:table-column table:style-name="co1" table:number-columns-repeated="2"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3" table:number-columns-repeated="4"/><table:table-column table:style-name="co4" table:number-columns-repeated="3"/>
${rows.join("\n")}
</table:table>
<table:table table:name="完成情况台账"><table:table-column table:style-name="co1"/><table:table-column table:style-name="co4"/><table:table-column table:style-name="co3"/><table:table-column table:style-name="co4"/>
${logRows.join("\n")}
</table:table>
</office:spreadsheet></office:body>
</office:document>
`;
writeFileSync(out, fods);
JS

# A private profile, so a desktop LibreOffice (or a lock of one) does not interfere.
soffice --headless --norestore "-env:UserInstallation=file://$WORK/profile" \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$WORK" "$OUT/seed-libreoffice.fods" >/dev/null
cp "$WORK/seed-libreoffice.xlsx" "$OUT/seed-libreoffice.xlsx"
echo "wrote $OUT/seed-libreoffice.fods and $OUT/seed-libreoffice.xlsx ($(wc -c <"$OUT/seed-libreoffice.xlsx") bytes)"
