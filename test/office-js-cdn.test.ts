/** The office.js source chosen at build time (issue 18): global by default, China's 21Vianet CDN with OFFICE_JS_CDN=china. */
import { readFileSync } from "node:fs";
import path from "node:path";
const { GLOBAL, CHINA, officeJsUrl, withOfficeJs } = require("../scripts/office-js-cdn.cjs") as {
  GLOBAL: string;
  CHINA: string;
  officeJsUrl(cdn?: string): string;
  withOfficeJs(html: string, cdn?: string): string;
};

const pages = ["src/taskpane/taskpane.html", "src/commands/commands.html"].map((p) => readFileSync(path.join(__dirname, "..", p), "utf8"));

test("global unless OFFICE_JS_CDN=china; anything else fails the build", () => {
  expect([officeJsUrl(undefined), officeJsUrl("global"), officeJsUrl("china")]).toEqual([GLOBAL, GLOBAL, CHINA]);
  expect(CHINA).toBe("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
  expect(() => officeJsUrl("cn")).toThrow('OFFICE_JS_CDN must be "global" or "china", not "cn"');
});

test("each add-in page loads office.js from the chosen CDN, and its CSP allows both", () => {
  for (const html of pages) {
    expect(html).toContain(`src="${GLOBAL}"`);
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1];
    expect(csp).toContain("https://appsforoffice.microsoft.com");
    expect(csp).toContain("https://appsforoffice.cdn.partner.office365.cn");
    const china = withOfficeJs(html, "china");
    expect(china).toContain(`src="${CHINA}"`);
    expect(china).not.toContain(`src="${GLOBAL}"`);
  }
});
