/**
 * The batch progress bar (`jixiao validate a.xlsx b.xlsx …`): one line on stderr, redrawn in
 * place, only when stderr is a terminal — never in a pipe, a file or CI logs, where it would only
 * be noise. Report lines are written above it: the bar is cleared, the line printed, the bar
 * drawn again.
 */
import type { Lang } from "../core/issues";
import { displayWidth } from "../core/text-width";

export interface Progress {
  /** `done` of `total` files finished. */
  update(done: number, total: number): void;
  /** Around a report line: take the bar off the screen, then put it back. */
  hide(): void;
  show(): void;
  /** Remove the bar for good (the batch is over). */
  end(): void;
}

/** A progress sink that draws nothing (stderr is not a terminal, or a single file). */
export const noProgress: Progress = { update() {}, hide() {}, show() {}, end() {} };

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

/** A bar on `stream` when it is a terminal, else noProgress. */
export function progressBar(stream: ProgressStream, lang: Lang, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return noProgress;
  const started = now();
  let done = 0;
  let total = 0;
  let shown = false;
  let lastDraw = 0;
  const label = lang === "en" ? "Validating" : "校验中";

  const draw = () => {
    const seconds = ((now() - started) / 1000).toFixed(1);
    const tail = ` ${done}/${total}  ${seconds} s`;
    const width = Math.max(10, Math.min(40, (stream.columns || 80) - displayWidth(label) - tail.length - 4));
    const filled = total === 0 ? 0 : Math.round((width * done) / total);
    stream.write(`\r\x1b[2K${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}]${tail}`);
    shown = true;
    lastDraw = now();
  };
  const clear = () => {
    if (shown) stream.write("\r\x1b[2K");
    shown = false;
  };

  return {
    update(d, t) {
      done = d;
      total = t;
      // At most ~12 redraws a second, but always the last one, and at once after hide().
      if (d === t || !shown || now() - lastDraw >= 80) draw();
    },
    hide: clear,
    show() {
      if (total > 0 && done < total) draw();
    },
    end: clear,
  };
}
