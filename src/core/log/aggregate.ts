/**
 * From log entries to each indicator's actual value (DESIGN §3): count-like units, money and
 * amounts of work (公里, 亩, 吨) are summed (a blank value counts as one piece of work), measured quantities (%, rates, 天) take the
 * latest entry by date, other qualitative targets the latest entry's text. A row's 汇总方式 overrides.
 */
import type { Indicator } from "../indicator";
import { editDistanceWithin, nameKey } from "../normalize";
import { inPercent, normalizeUnit, round } from "../table/value";
import type { Aggregation, LogEntry, UncachedLogRow } from "./read-log";

const COUNT_UNITS = new Set([
  "期", "次", "篇", "个", "人", "件", "场", "条", "份", "项", "家", "户", "辆", "台", "套", "册", "批",
  "座", "所", "名", "人次", "户次", "起", "期次", "部", "本", "张", "幅", "处", "宗", "单", "例",
  "万元", "元", "亿元", "千元",
  // Amounts of work done (养护里程, 绿化面积, 清运量): each entry adds to the year's total.
  "公里", "千米", "km", "米", "平方米", "万平方米", "亩", "公顷", "吨", "万吨", "立方米", "万人次",
]);

export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(normalizeUnit(unit));
}

/** The aggregation an indicator uses when its log rows do not say (汇总方式). */
export function defaultAggregation(ind: Indicator): Aggregation {
  if (isCountUnit(ind.unit)) return "求和";
  return "最新";
}

/** True when the indicator's actual value is a number (everything but qualitative words). */
export function isNumericIndicator(ind: Indicator): boolean {
  return ind.target?.kind === "number" || isCountUnit(ind.unit);
}

export interface ActualValue {
  value: number | string | null;
  entries: number;
  method: Aggregation;
}

/** Log entries matched to indicators: by grid row of the indicator, in log order; and the rest. */
export interface LogMatch {
  matched: Map<number, LogEntry[]>;
  unknown: LogEntry[];
  /**
   * Grid rows of the indicators named by a log row left out for an uncached formula (its date,
   * value or 汇总方式 unknown, DESIGN §2): their actual value is unknown. Absent when there are none.
   */
  uncached?: Set<number>;
}

/** The first indicator of each normalised name: what a logged name is matched to. */
function indicatorsByKey(indicators: Indicator[]): Map<string, Indicator> {
  const byKey = new Map<string, Indicator>();
  for (const ind of indicators) {
    if (!ind.name) continue;
    const key = nameKey(ind.name);
    if (!byKey.has(key)) byKey.set(key, ind);
  }
  return byKey;
}

/** The indicator a logged name matches (by normalised name, as matchEntries matches), if any. */
export function indicatorNamed(indicators: Indicator[]): (name: string) => Indicator | undefined {
  const byKey = indicatorsByKey(indicators);
  return (name) => (name === "" ? undefined : byKey.get(nameKey(name)));
}

/**
 * Match log entries to indicators by normalised name; unmatched entries come back separately.
 * `uncached`: the log's rows left out for an uncached formula, whose indicators are then unknown.
 */
export function matchEntries(indicators: Indicator[], entries: LogEntry[], uncached?: UncachedLogRow[]): LogMatch {
  const byKey = indicatorsByKey(indicators);
  const matched = new Map<number, LogEntry[]>();
  const unknown: LogEntry[] = [];
  // A log names each indicator many times: look each distinct name up once, and keep the
  // indicator's list of entries under it (one Map lookup per log row).
  const listOf = new Map<string, LogEntry[] | null>();
  // Indexed: for…of here allocated an iterator result per row in V8 (16 MB on 200,000 rows).
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    let list = listOf.get(e.name);
    if (list === undefined) {
      const ind = byKey.get(nameKey(e.name));
      list = null;
      if (ind) {
        list = matched.get(ind.r) ?? null;
        if (!list) matched.set(ind.r, (list = []));
      }
      listOf.set(e.name, list);
    }
    if (list) list.push(e);
    else unknown.push(e);
  }
  if (!uncached?.length) return { matched, unknown };
  const rows = new Set<number>();
  for (const u of uncached) {
    const ind = u.name === "" ? undefined : byKey.get(nameKey(u.name));
    if (ind) rows.add(ind.r);
  }
  return { matched, unknown, ...(rows.size ? { uncached: rows } : {}) };
}

/**
 * The indicator name closest to a misspelt one, for "did you mean" in log-unknown-indicator,
 * for many names against the same indicators (a log's unknown entries): the
 * indicators' keys are made once, and each search only asks whether a candidate beats the best
 * so far (editDistanceWithin), so a long table costs little per name. Same answer as a full
 * scan: the first indicator at the smallest distance, if that distance is within the limit.
 */
export function nameSuggester(indicators: Indicator[]): (name: string) => string | null {
  const candidates: { name: string; key: string }[] = [];
  for (const ind of indicators) if (ind.name) candidates.push({ name: ind.name, key: nameKey(ind.name) });
  /** The first candidate at the smallest distance below `bound`, or null. */
  const search = (key: string, bound: number): string | null => {
    let best: string | null = null;
    for (let i = 0; i < candidates.length; i++) {
      const d = editDistanceWithin(key, candidates[i].key, bound);
      if (d < bound) {
        best = candidates[i].name;
        bound = d;
        if (d === 0) break;
      }
    }
    return best;
  };
  return (name) => {
    const key = nameKey(name);
    // A suggestion that shares less than half the text is noise.
    const limit = Math.max(2, Math.ceil(key.length / 2));
    // Most misspellings are one edit away. A first pass that only looks that close dismisses
    // nearly every candidate at once (by length, or in the first row of its band); when it finds
    // one, it is the full search's answer too: the full search takes the first candidate at the
    // smallest distance, and every candidate at distance 0 or 1 is seen here, in the same order.
    return search(key, 2) ?? search(key, limit + 1);
  };
}

export function aggregate(ind: Indicator, entries: LogEntry[]): ActualValue {
  const actual = aggregateEntries(ind, entries);
  // Sums of huge logged numbers can overflow: an actual value that is not finite is no value.
  return typeof actual.value === "number" && !Number.isFinite(actual.value) ? { ...actual, value: null } : actual;
}

function aggregateEntries(ind: Indicator, entries: LogEntry[]): ActualValue {
  const override = [...entries].reverse().find((e) => e.method !== null)?.method ?? null;
  const method = override ?? defaultAggregation(ind);
  if (entries.length === 0) return { value: method === "求和" || method === "计数" ? 0 : null, entries: 0, method };
  const count = isCountUnit(ind.unit);
  const numbers = entries.map((e) => numberOf(ind, e, count));
  switch (method) {
    case "计数":
      return { value: entries.length, entries: entries.length, method };
    case "求和":
      return { value: round(numbers.reduce<number>((a, n) => a + (n ?? 0), 0), 9), entries: entries.length, method };
    case "平均": {
      const ok = numbers.filter((n): n is number => n !== null);
      return { value: ok.length ? round(ok.reduce((a, n) => a + n, 0) / ok.length, 9) : null, entries: entries.length, method };
    }
    case "最大":
    case "最小": {
      const ok = numbers.filter((n): n is number => n !== null);
      const v = ok.length ? (method === "最大" ? Math.max(...ok) : Math.min(...ok)) : null;
      return { value: v, entries: entries.length, method };
    }
    case "最新": {
      const latest = latestEntry(entries);
      if (isNumericIndicator(ind)) return { value: toNumber(ind, latest), entries: entries.length, method };
      return { value: latest.value === null ? null : String(latest.value), entries: entries.length, method };
    }
  }
}

/** The latest entry by date; undated entries count by row order (a later row is later). */
function latestEntry(entries: LogEntry[]): LogEntry {
  let best = entries[0];
  for (const e of entries.slice(1)) {
    if (best.date === null || e.date === null || e.date >= best.date) best = e;
  }
  return best;
}

/**
 * An entry's number for this indicator: blank = 1 piece for count-like units; percentages in
 * percent units (a plain 0.985 on a % indicator is read as 98.5%, as Excel stores a typed 98.5%).
 */
export function toNumber(ind: Indicator, e: LogEntry): number | null {
  return numberOf(ind, e, e.value === null && isCountUnit(ind.unit));
}

/** toNumber, with isCountUnit(ind.unit) worked out once per indicator rather than per entry. */
function numberOf(ind: Indicator, e: LogEntry, countUnit: boolean): number | null {
  if (e.value === null) return countUnit ? 1 : null;
  if (typeof e.value !== "number") return null;
  const percentIndicator = ind.unit === "%" || (ind.target?.kind === "number" && ind.target.percent);
  if (percentIndicator && !e.percent && e.value <= 1 && (ind.target?.kind !== "number" || ind.target.value > 1))
    return inPercent(e.value, 9);
  return e.value;
}
