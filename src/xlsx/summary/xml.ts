/**
 * Text into the summary's XML parts. The package patcher (src/xlsx/apply-plan.ts) keeps a private
 * twin of these while it is being split; they can become one when that lands.
 */

// Characters XML 1.0 forbids (control characters but tab, line feed, carriage return; lone
// surrogates; U+FFFE/FFFF): a file name or a cell text may carry them, Excel would refuse the part.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Element text: `&`, `<`, `>` escaped, characters XML cannot hold dropped. */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value in double quotes. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, "&quot;");
}
