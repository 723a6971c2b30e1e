/**
 * Errors from Excel (OfficeExtension.Error: `code`, `message`, `debugInfo`) turned into a plain
 * Error whose message tells staff what to do — in Chinese, or English when Office speaks English.
 * The original error stays on `cause` for the log; `code` is kept for the UI and tests.
 */
import type { Lang } from "../core";
import { StaleWorkbookError } from "../app/port";
import { FEATURE_API, type PlanFeature } from "./requirements";

export type HostErrorKind =
  | "protected"
  | "cell-edit"
  | "too-big"
  | "read-only"
  | "workbook-read-only"
  | "conflict"
  | "sheet-changed"
  | "merged-conflict"
  | "unsupported"
  | "inactive"
  | "busy"
  | "unknown";

const MESSAGES: Record<HostErrorKind, Record<Lang, string>> = {
  protected: {
    "zh-CN": "工作表受保护，无法写入。请先在「审阅」选项卡中点「撤销工作表保护」，再试一次。",
    en: "The sheet is protected, so nothing could be written. Unprotect it first (Review > Unprotect Sheet), then try again.",
  },
  "cell-edit": {
    "zh-CN": "Excel 正处于单元格编辑状态。请先退出单元格编辑（按 Enter 或 Esc），再点一次。",
    en: "Excel is editing a cell. Finish editing first (press Enter or Esc), then click again.",
  },
  "too-big": {
    "zh-CN": "数据量太大，Excel 一次处理不了。请删除工作簿中不需要的大表（或把台账拆到另一个工作簿），或改用桌面版 Excel 再试。",
    en: "There is too much data for Excel to handle at once. Remove large sheets the check does not need (or move the log to another workbook), or use Excel on the desktop, then try again.",
  },
  "read-only": {
    "zh-CN": "工作簿是只读的，或您没有编辑权限。请另存一份可编辑的副本，或向文件所有者申请编辑权限。",
    en: "The workbook is read-only, or you may not edit it. Save an editable copy, or ask the owner for edit access.",
  },
  "workbook-read-only": {
    "zh-CN": "工作簿为只读，评分结果未写入；请另存为副本后再评分（或向文件所有者申请编辑权限）。",
    en: "The workbook is read-only, so the scores were not written. Save a copy (File > Save As), then score the copy — or ask the owner for edit access.",
  },
  conflict: {
    "zh-CN": "其他人正在同时编辑这个工作簿，修改发生冲突。请稍候几秒再试一次。",
    en: "Someone else is editing this workbook and the changes conflicted. Wait a few seconds and try again.",
  },
  "sheet-changed": {
    "zh-CN": "工作表在处理过程中被改名、删除或修改了。请重新点一次。",
    en: "A sheet was renamed, deleted or changed while this ran. Please click again.",
  },
  "merged-conflict": {
    "zh-CN": "要写入的位置与合并单元格冲突。请取消该处的合并单元格后再试。",
    en: "The cells to write overlap merged cells. Unmerge them, then try again.",
  },
  unsupported: {
    "zh-CN": "当前版本的 Excel 不支持此功能。请更新 Office（Microsoft 365 或 Excel 2021 及以上），或使用网页版 Excel。",
    en: "This version of Excel does not support this. Update Office (Microsoft 365 or Excel 2021 or later), or use Excel on the web.",
  },
  inactive: {
    "zh-CN": "这个工作簿当前不在前台。请切换回该工作簿后再点一次。",
    en: "This workbook is not the active one. Switch back to it and click again.",
  },
  busy: {
    "zh-CN": "Excel 正忙（或请求过于频繁）。请稍候片刻再试。",
    en: "Excel is busy (or too many requests were made). Wait a moment and try again.",
  },
  unknown: {
    "zh-CN": "Excel 报告了一个错误：",
    en: "Excel reported an error: ",
  },
};

export class ExcelHostError extends Error {
  constructor(
    message: string,
    readonly kind: HostErrorKind,
    /** Excel's own error code, when it had one. */
    readonly code: string | undefined,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = "ExcelHostError";
  }
}

/** Thrown by write.ts when Workbook.readOnly says no write can succeed; friendlyError words it. */
export class WorkbookReadOnlyError extends Error {
  constructor() {
    super("The workbook is read-only");
    this.name = "WorkbookReadOnlyError";
  }
}

/**
 * Excel's error codes (OfficeExtension.Error.code: "not localized", unlike `message` — Error
 * handling with the application-specific JavaScript APIs,
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling;
 * the values of Excel.ErrorCodes and OfficeExtension.ErrorCodes) that say by themselves what went
 * wrong. AccessDenied, InvalidOperation, InvalidArgument and GeneralException do not: for those
 * the message decides (BY_MESSAGE), then DEFAULT_OF.
 */
const BY_CODE: Record<string, HostErrorKind> = {
  InvalidOperationInCellEditMode: "cell-edit",
  RequestPayloadSizeLimitExceeded: "too-big",
  ResponsePayloadSizeLimitExceeded: "too-big",
  PayloadSizeLimitExceeded: "too-big",
  RangeExceedsLimit: "too-big",
  OperationCellsExceedLimit: "too-big",
  Conflict: "conflict",
  EditConflict: "conflict",
  InsertDeleteConflict: "conflict",
  ItemNotFound: "sheet-changed",
  ItemAlreadyExists: "sheet-changed",
  InvalidReference: "sheet-changed",
  InvalidObjectPath: "sheet-changed",
  MergedRangeConflict: "merged-conflict",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  UnsupportedOperation: "unsupported",
  UnsupportedFeature: "unsupported",
  UnsupportedSheet: "unsupported",
  InactiveWorkbook: "inactive",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
};

/** The fallback: Excel's (localized) words, for codes that do not decide and errors with no code. */
const BY_MESSAGE: [RegExp, HostErrorKind][] = [
  [/cell[- ]edit(ing)? mode|编辑模式/i, "cell-edit"],
  [/protect|受保护|保护的/i, "protected"],
  [/payload size|exceeds? (the )?limit|负载大小/i, "too-big"],
  [/read-?only|只读/i, "read-only"],
  [/merged cell|合并单元格/i, "merged-conflict"],
];

/** What an undecided code means when its message says nothing we know. */
const DEFAULT_OF: Record<string, HostErrorKind> = {
  AccessDenied: "read-only",
};

interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; message?: unknown; errorLocation?: unknown };
}

/** Which kind of trouble an Excel error is. */
export function classify(error: unknown): { kind: HostErrorKind; code?: string; detail: string } {
  const e = (error ?? {}) as OfficeErrorLike;
  const code = typeof e.code === "string" ? e.code : typeof e.debugInfo?.code === "string" ? (e.debugInfo.code as string) : undefined;
  const detail = [...new Set([e.message, e.debugInfo?.message].filter((m): m is string => typeof m === "string" && m !== ""))].join(" ");
  if (error instanceof WorkbookReadOnlyError) return { kind: "workbook-read-only", detail };
  const byCode = code !== undefined && Object.hasOwn(BY_CODE, code) ? BY_CODE[code] : undefined;
  if (byCode) return { kind: byCode, code, detail };
  const byMessage = BY_MESSAGE.find(([pattern]) => pattern.test(detail))?.[1];
  if (byMessage) return { kind: byMessage, code, detail };
  const byDefault = code !== undefined && Object.hasOwn(DEFAULT_OF, code) ? DEFAULT_OF[code] : undefined;
  return { kind: byDefault ?? "unknown", code, detail };
}

/**
 * The error staff see. StaleWorkbookError and errors already translated pass through unchanged;
 * anything else from Excel becomes an ExcelHostError with an actionable message.
 */
export function friendlyError(error: unknown, lang: Lang): Error {
  if (error instanceof StaleWorkbookError || error instanceof ExcelHostError) return error;
  const { kind, code, detail } = classify(error);
  let message = MESSAGES[kind][lang];
  if (kind === "unknown") message += detail || String(error);
  return new ExcelHostError(message, kind, code, error);
}

/**
 * Score or 清除评分 would write cells of a protected sheet that are locked (the sheet was
 * protected, or cells locked, after the read — or a plan not filtered by the core): refused before
 * anything is written, naming the cells, so nothing is written half-way.
 */
export function lockedCellsError(sheet: string, cells: string[], lang: Lang): ExcelHostError {
  const shown = cells.slice(0, 10);
  const rest = cells.length - shown.length;
  const message =
    lang === "zh-CN"
      ? `工作表「${sheet}」受保护，要写入的单元格 ${shown.join("、")}${rest > 0 ? ` 等 ${cells.length} 个` : ""}已锁定，所以没有写入任何内容。请撤销工作表保护（审阅 › 撤销工作表保护），或取消这些单元格的锁定（设置单元格格式 › 保护）后再试。`
      : `Sheet "${sheet}" is protected and the cells to write (${shown.join(", ")}${rest > 0 ? `, and ${rest} more` : ""}) are locked, so nothing was written. Unprotect the sheet (Review › Unprotect Sheet), or unlock those cells (Format Cells › Protection), then try again.`;
  return new ExcelHostError(message, "protected", undefined, undefined);
}

/** The message for a kind, e.g. for a requirement check before anything is sent to Excel. */
export function hostError(kind: HostErrorKind, lang: Lang): ExcelHostError {
  return new ExcelHostError(MESSAGES[kind][lang], kind, undefined, undefined);
}

/** What each feature is called where the message names what is missing. */
const FEATURE_NAMES: Record<PlanFeature, Record<Lang, string>> = {
  validations: { "zh-CN": "数据验证（下拉列表、日期检查）", en: "data validation (dropdowns, date checks)" },
  names: { "zh-CN": "定义名称（下拉列表的指标清单）", en: "defined names (the dropdown's list of indicators)" },
  highlights: { "zh-CN": "条件格式（红黄绿灯）", en: "conditional formatting (the traffic lights)" },
  freeze: { "zh-CN": "冻结窗格（表头）", en: "freeze panes (the header)" },
  "name-update": { "zh-CN": "更新已有的定义名称", en: "updating an existing defined name" },
};

/** Refused before anything is written: this Excel lacks what the plan needs (requirements.ts). */
export class MissingApiError extends ExcelHostError {
  constructor(
    message: string,
    /** The features missing, each with the ExcelApi version it needs. */
    readonly missing: { feature: PlanFeature; version: string }[],
  ) {
    super(message, "unsupported", undefined, undefined);
    this.name = "MissingApiError";
  }
}

/** What is missing (each with the version that has it), that nothing was written, and what to do. */
const MISSING_API: Record<Lang, { item: (feature: string, version: string) => string; message: (items: string[]) => string }> = {
  "zh-CN": {
    item: (feature, version) => `${feature}需要 ExcelApi ${version}`,
    message: (items) =>
      `当前版本的 Excel 不支持这一步要用到的功能：${items.join("；")}。所以没有写入任何内容。请更新 Excel（Excel 2019、Excel 2021 或 Microsoft 365），或在网页版 Excel 中打开这个工作簿再试；也可以用绩效助手的网页版或命令行（jixiao）处理这个文件。`,
  },
  en: {
    item: (feature, version) => `${feature} needs ExcelApi ${version}`,
    message: (items) =>
      `This version of Excel lacks what this step needs: ${items.join("; ")}. Nothing was written. Update Excel (Excel 2019, Excel 2021 or Microsoft 365), or open the workbook in Excel on the web and try again; or process the file with Jixiao's web page or its command line (jixiao).`,
  },
};

export function missingApiError(features: readonly PlanFeature[], lang: Lang): MissingApiError {
  const missing = features.map((feature) => ({ feature, version: FEATURE_API[feature] }));
  const words = MISSING_API[lang];
  return new MissingApiError(words.message(missing.map((m) => words.item(FEATURE_NAMES[m.feature][lang], m.version))), missing);
}
