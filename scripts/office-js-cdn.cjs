// Where the add-in's pages load office.js from, chosen at build time (OFFICE_JS_CDN=global|china).
// Microsoft 365 operated by 21Vianet in China serves it from its own CDN, which tenants there must
// use; the templates name the global CDN, and the build swaps it. Both hosts are in the pages' CSP.
const GLOBAL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHINA = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";

/** The office.js address for a OFFICE_JS_CDN value (unset: global); throws on anything else. */
function officeJsUrl(cdn) {
  if (cdn === undefined || cdn === "" || cdn === "global") return GLOBAL;
  if (cdn === "china") return CHINA;
  throw new Error(`OFFICE_JS_CDN must be "global" or "china", not "${cdn}"`);
}

/** A page's HTML with its office.js script pointed at the chosen CDN. */
function withOfficeJs(html, cdn) {
  return html.split(GLOBAL).join(officeJsUrl(cdn));
}

module.exports = { GLOBAL, CHINA, officeJsUrl, withOfficeJs };
