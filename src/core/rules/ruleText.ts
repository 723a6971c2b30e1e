/**
 * The shared vocabulary of the rule grammar: how a 评（扣）分标准 text is normalised before it is
 * read, the number pattern, and the units a rule can speak of.
 */
import { toHalfWidth } from "../normalize";
import { NUMBER_PATTERN, parseNumeral } from "./numerals";

/** Rule texts are a cell's worth of text; past this the rest is not read (keeps regexes cheap). */
export const MAX_RULE_LENGTH = 2000;

/** `NUM` in the grammar's patterns, as a capture group. */
export const NUM = `(${NUMBER_PATTERN})`;

/**
 * One canonical spelling for everything that varies in how staff type a rule:
 * - width forms (`１２分，` → `12分,`), whitespace and line breaks dropped (Chinese needs none),
 *   control characters dropped;
 * - comparison signs `≥ ≧ ＞＝ 大于等于` → `>=`, `≤ ≦` → `<=`, dashes and tildes → `-`;
 * - `个百分点` / `百分点` / `百分比` → `%`, `百分之九十` → `90%` (so `百` never reads as a number
 *   in front of `分`);
 * - multiplication `× ＊ 乘以 x` → `*`, division `÷ 除以` → `/`; `。` `；` → `;`, brackets → ASCII.
 */
export function normalizeRuleText(raw: string): string {
  let s = toSimplified(toHalfWidth(raw.slice(0, MAX_RULE_LENGTH * 2)));
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\s\u0000-\u001f\u007f\u00a0\u200b-\u200f\u2028\u2029\ufeff]+/g, "");
  s = s
    .replace(/[【〔［]/g, "[")
    .replace(/[】〕］]/g, "]")
    .replace(/[〈《〉》]/g, "") // book-title marks carry no meaning here
    .replace(/。/g, ";")
    .replace(/[≥≧]|大于或等于|大于等于|不低于|不少于|不小于/g, ">=")
    .replace(/[≤≦]|小于或等于|小于等于|不高于|不超过|不大于|不多于/g, "<=")
    .replace(/=>/g, ">=")
    .replace(/=</g, "<=")
    .replace(/[―—–‐‑‒−～〜~]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/[“”"‘’']/g, "")
    .replace(/百分之([零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)/g, (_m, n: string) => {
      const v = parseNumeral(n);
      return v === null ? _m : `${v}%`;
    })
    .replace(/个百分点|百分点|百分比/g, "%")
    .replace(/[×✕✖]|乘以|乘上/g, "*")
    .replace(/(?<=[\d分值率%)\]])[xX](?=[\d(\u4e00-\u9fff])/g, "*")
    .replace(/÷|除以/g, "/");
  return s.slice(0, MAX_RULE_LENGTH);
}

// Traditional characters that rule texts copied from 繁体 pages use, mapped to the simplified
// ones the grammar reads (only those that change a keyword or a unit).
const TRADITIONAL = "滿满沒没達达進进質质處处項项標标計计數数實实際际與与優优較较為为無无個个發发現现違违規规準准時时內内經经濟济達达來来據据幾几條条項项減减額额額额準准場场會会筆笔對对應应類类級级點点幹干";
const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) TO_SIMPLIFIED.set(TRADITIONAL[i], TRADITIONAL[i + 1]);
const TRADITIONAL_CHARS = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join("")}]`, "g");

function toSimplified(s: string): string {
  return s.replace(TRADITIONAL_CHARS, (c) => TO_SIMPLIFIED.get(c) ?? c);
}

/**
 * Units a rule can name after a number, longest first so `人次` wins over `人` and `万元` over
 * `元`. Anything else after a number is read as a unit only when it is short (see readUnit).
 */
const KNOWN_UNITS = [
  "个工作日",
  "工作日",
  "个月",
  "万人次",
  "人次",
  "万人",
  "万元",
  "亿元",
  "千元",
  "平方米",
  "平方公里",
  "公里",
  "千米",
  "千克",
  "小时",
  "分钟",
  "批次",
  "小项",
  "小点",
  "篇次",
  "期次",
  "场次",
  "户次",
  "家次",
  "%",
  "期",
  "次",
  "篇",
  "个",
  "人",
  "件",
  "场",
  "条",
  "天",
  "日",
  "月",
  "年",
  "周",
  "家",
  "户",
  "所",
  "项",
  "份",
  "本",
  "台",
  "套",
  "辆",
  "处",
  "座",
  "间",
  "批",
  "起",
  "例",
  "块",
  "栋",
  "米",
  "亩",
  "吨",
  "名",
  "位",
  "部",
  "册",
  "张",
  "页",
  "株",
  "枚",
  "支",
  "队",
  "组",
  "轮",
  "元",
  "宗",
  "单",
  "棵",
  "只",
  "头",
  "次数",
];

/** A unit's one spelling in the parse (`个工作日` and `工作日` are one unit). */
const UNIT_ALIASES: Record<string, string> = { 个工作日: "工作日", 次数: "次" };

/** Words that follow a number without being its unit. */
const NOT_A_UNIT = /^(以上|以下|以内|及以上|及以下|及|或|含|未|的|得|扣|计|内|左右|至|到)/;

/**
 * The unit at the start of `rest` (the text right after a number, up to the next keyword):
 * `期` in `期得1分`, `次` in `次培训`, `%` in `%扣1分`. A short unknown word (≤ 2 characters)
 * is taken as it is; longer text names no unit ("").
 */
export function readUnit(rest: string): string {
  const known = knownUnit(rest);
  if (known !== "" || NOT_A_UNIT.test(rest)) return known;
  if (rest.length <= 2 && /^[\u4e00-\u9fff]+$/.test(rest)) return rest;
  return "";
}

/** Like readUnit, but only a unit from the known list (for `每项…` with no number before it). */
export function knownUnit(rest: string): string {
  if (rest === "" || NOT_A_UNIT.test(rest)) return "";
  for (const u of KNOWN_UNITS) {
    if (rest.startsWith(u)) return UNIT_ALIASES[u] ?? u;
  }
  return "";
}

/**
 * `一万` + `元` is one 万元, not ten thousand 元: give a trailing 万 / 千 back to the unit when
 * the unit would otherwise start with what a multiplied unit ends in.
 */
export function splitNumberUnit(num: string, rest: string): { num: string; rest: string } {
  const m = /^(.+)([万千亿])$/.exec(num);
  if (m && /^[一二两三四五六七八九十百千万零〇]+$/.test(num) && /^(元|人|米|克|次)/.test(rest)) {
    return { num: m[1], rest: m[2] + rest };
  }
  return { num, rest };
}

/** parseNumeral for text the grammar already matched as a number (never null in practice). */
export function num(text: string): number {
  return parseNumeral(text) ?? Number.NaN;
}

/** Trim separators and the connectors that add nothing (`的`, `则`, `者`, `时`) off a clause. */
export function trimClause(s: string): string {
  let t = s.replace(/^[,;:、.\s]+|[,;:、.\s]+$/g, "");
  t = t.replace(/^(其中|并且|且|同时)/, "");
  // `否则` keeps its 则: it is the "otherwise" clause, not a condition `否`.
  t = t.replace(/(的|(?<!否|反之)则|者|时|可|即|就|,)+$/, "");
  return t.replace(/^[,;:、.\s]+|[,;:、.\s]+$/g, "");
}
