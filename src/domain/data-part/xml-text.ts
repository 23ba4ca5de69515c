// Text that XML 1.0 cannot carry as is: most control characters are not allowed at all, and
// the parser turns \r, U+0085, U+2028 and U+2029 into \n. Such text is written with escapes
// ("\u{1}", and "\\" for a backslash) and the element is marked enc="1", so it round-trips
// exactly. Text without such characters is written plainly, readable in the raw XML.

// Every control character but tab and newline (Cc), LS/PS, the two noncharacters and lone surrogates.
const UNSAFE = /(?![\t\n])\p{Cc}|[\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;
const UNSAFE_G = new RegExp(UNSAFE.source, "gu");

/** Markup escaping for text and attribute values written into XML by hand (&, <, >, "). */
export function escapeXmlMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function needsEscape(text: string): boolean {
  return UNSAFE.test(text);
}

export function escapeXmlText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(UNSAFE_G, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

export function unescapeXmlText(text: string): string | null {
  let ok = true;
  const out = text.replace(/\\(\\|u\{([0-9a-fA-F]{1,6})\}|)/g, (whole, _x: string, hex: string | undefined) => {
    if (whole === "\\\\") return "\\";
    if (hex === undefined) {
      ok = false;
      return "";
    }
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff) {
      ok = false;
      return "";
    }
    return String.fromCodePoint(cp);
  });
  return ok ? out : null;
}
