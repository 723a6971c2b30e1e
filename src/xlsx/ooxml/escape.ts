/**
 * XML and Excel text escaping, once for the package (STYLE.md: escaping exists once): decoding
 * entities for every reader of package XML, encoding text and attribute values for the patcher,
 * and the two Excel-specific layers — characters XML 1.0 cannot carry, and `_xHHHH_`.
 */

/** XML text as it reads: the five named entities and numeric character references decoded. */
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (all, e: string) => {
    const k = e.toLowerCase();
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "amp") return "&";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    const code = k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Character data: `&`, `<`, `>` and CR (which XML would otherwise read back as LF). */
export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** An attribute value in double quotes: also `"`, and TAB / LF (attribute normalisation eats them). */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/**
 * Characters XML 1.0 does not allow: control characters, U+FFFE / U+FFFF and lone surrogates
 * (pairs matched first and kept; no lookbehind, so older Safari can load the module).
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it removes
const ILLEGAL_XML = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;

/** The text without what XML 1.0 cannot hold (a cell value from staff can hold anything). */
export function cleanText(s: string): string {
  return s.replace(ILLEGAL_XML, (m) => (m.length === 2 ? m : ""));
}

/** Excel reads `_xHHHH_` in cell text as an escaped character: protect a literal one. */
export function escapeExcelText(s: string): string {
  return s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}
