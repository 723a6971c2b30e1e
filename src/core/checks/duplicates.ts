/**
 * duplicate-indicator: the same 三级指标 twice. content-duplicate: the same 指标内容 as another
 * indicator — a sign of copy-paste (the seed's 专报 row reuses the 一周综述 text). Both are
 * reported on the later row and name the earlier one.
 */
import type { RawIssue } from "../issues";
import { nameKey } from "../normalize";
import { issueAt, type TableCheck } from "./context";

export const checkDuplicates: TableCheck = (ctx) => {
  const issues: RawIssue[] = [];
  const names = new Map<string, number>();
  const contents = new Map<string, { row: number; name: string }>();
  for (const ind of ctx.table.indicators) {
    const nk = nameKey(ind.name);
    if (nk) {
      const first = names.get(nk);
      if (first !== undefined) issues.push(issueAt(ctx, ind, "duplicate-indicator", "name", { firstRow: first }));
      else names.set(nk, ind.row);
    }
    const ck = nameKey(ind.content);
    if (ck && ctx.table.columns.content !== undefined) {
      const first = contents.get(ck);
      if (first !== undefined && nameKey(first.name) !== nk)
        issues.push(issueAt(ctx, ind, "content-duplicate", "content", { firstRow: first.row, other: first.name }));
      else if (first === undefined) contents.set(ck, { row: ind.row, name: ind.name });
    }
  }
  return issues;
};
