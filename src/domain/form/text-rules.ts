// Character rules shared by the form, the profile and the stamp. Word boxes and the XML
// data part cannot hold every character safely, so invisible control characters are refused
// where a person types text (they only arrive by accident, e.g. pasted from another program).

/** Characters that end a line in Word or in Unicode text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAK = /[\n\r\u000B\u000C\u0085\u2028\u2029]/;

/** C0 and C1 control characters (tab, newline and carriage return included). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** C0/C1 controls other than newline and tab, which a multi-line box may hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_EXCEPT_NEWLINE_TAB = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

export function hasLineBreak(text: string): boolean {
  return LINE_BREAK.test(text);
}

/** True when text holds a control character; multiLine allows \n and \t. */
export function hasControlChar(text: string, multiLine = false): boolean {
  return (multiLine ? CONTROL_EXCEPT_NEWLINE_TAB : CONTROL).test(text);
}

/** Word writes \r (paragraph) and \v (manual line break); the form keeps only \n. */
export function normaliseLineBreaks(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/\r\n|\r|\u000B/g, "\n");
}

/** Trims and collapses runs of spaces (incl. non-breaking) into one space. */
export function collapseSpaces(text: string): string {
  return text.trim().replace(/[\p{Zs}]+/gu, " ");
}

/** Number of user-perceived characters, close enough for length messages (code points). */
export function charCount(text: string): number {
  return Array.from(text).length;
}
