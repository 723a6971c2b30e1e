import { ISSUE_CODES } from "../../issues";
import { REVIEW_CHECK_NOTES } from "./sources";
import { REVIEW_CHECKS } from ".";

describe("the review checks' notes (说明 sheet, docs/review.md)", () => {
  it("name every review code once, with what it looks for and its source", () => {
    const reviewCodes = ISSUE_CODES.filter((c) => c.startsWith("review-"));
    expect(REVIEW_CHECK_NOTES.map((n) => n.code).sort()).toEqual([...reviewCodes].sort());
    expect(REVIEW_CHECK_NOTES.length).toBe(REVIEW_CHECKS.length);
    for (const n of REVIEW_CHECK_NOTES) expect(n.what && /财预|审核/.test(n.source)).toBeTruthy();
  });
});
