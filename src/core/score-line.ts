/**
 * The score line Score writes under the rule text in the 评（扣）分标准 cell: `得分：10`. The rule
 * text above it stays verbatim; scoring again replaces the line, Clear removes it, and the reader
 * strips it before parsing the rule.
 */
const SCORE_LINE = /(?:\r?\n)+[ \t]*得分[:：][^\n]*$/;

export function stripScoreLine(text: string): string {
  return text.replace(SCORE_LINE, "");
}

export function withScoreLine(text: string, score: number): string {
  return `${stripScoreLine(text)}\n得分：${formatPoints(score)}`;
}

export function hasScoreLine(text: string): boolean {
  return SCORE_LINE.test(text);
}

/** Points as staff write them: 10, 9.6, 0.25 — no trailing zeros, at most two decimals. */
export function formatPoints(n: number): string {
  return String(Math.round(n * 100) / 100);
}
