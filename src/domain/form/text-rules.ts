// Character rules shared by the form, the profile and the stamp. Word boxes and the XML
// data part cannot hold every character safely, so invisible control characters are refused
// where a person types text (they only arrive by accident, e.g. pasted from another program).

// Line breaks have their own file: src/domain/text/line-breaks.ts.

/** C0 and C1 control characters (tab, newline and carriage return included): Unicode's Cc. */
const CONTROL = /\p{Cc}/u;

/** C0/C1 controls other than newline and tab, which a multi-line box may hold. */
const CONTROL_EXCEPT_NEWLINE_TAB = /(?![\n\t])\p{Cc}/u;

/** True when text holds a control character; multiLine allows \n and \t. */
export function hasControlChar(text: string, multiLine = false): boolean {
  return (multiLine ? CONTROL_EXCEPT_NEWLINE_TAB : CONTROL).test(text);
}

/** Trims and collapses runs of spaces (incl. non-breaking) into one space. */
export function collapseSpaces(text: string): string {
  return text.trim().replace(/[\p{Zs}]+/gu, " ");
}

/** Number of user-perceived characters, close enough for length messages (code points). */
export function charCount(text: string): number {
  return Array.from(text).length;
}
