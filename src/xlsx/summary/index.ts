/** The review summary workbook (DESIGN §11), written from scratch as OOXML parts. */
export { summaryWorkbook, summarySheets, mainIssues, cellName, SUMMARY_HEADER, ISSUE_LIST_HEADER, type SummaryMeta } from "./review-summary";
export { VERDICT_LABEL, type ReviewedFile, type ReviewedIssue, type Verdict } from "./reviewed-file";
