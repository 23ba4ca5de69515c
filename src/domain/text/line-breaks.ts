// Word's line grammar, spelled once. A Word paragraph ends with \r, a manual line break
// (Shift+Enter) is \v (U+000B), and text from elsewhere brings \n or \r\n. Every place that splits
// a box into lines, normalises its breaks or stops a match at a line end uses what is here. The
// escapes \v and \f are used rather than \u000B / \u000C: same characters, and ESLint's
// no-control-regex accepts them, so no rule needs switching off.

/** The characters that end a line in a Word box, as the body of a regex character class. */
export const LINE_END_CHARS = String.raw`\n\r\v`;

const LINE_END = new RegExp(`[${LINE_END_CHARS}]`);
const LINE_SPLIT = new RegExp(String.raw`\r\n|[${LINE_END_CHARS}]`);
const TO_NEWLINE = /\r\n|[\r\v]/g;
/** Every character that ends a line in Word or in Unicode text (form feed, NEL, LS, PS too). */
const ANY_LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;

/** True when the one character `c` ends a line (\n, \r or Word's \v). */
export function isLineEnd(c: string): boolean {
  return c.length === 1 && LINE_END.test(c);
}

/** A box text's lines, split on \n, \r\n, \r and Word's \v. */
export function splitLines(text: string): string[] {
  return text.split(LINE_SPLIT);
}

/** Word writes \r (paragraph) and \v (manual line break); the form keeps only \n. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(TO_NEWLINE, "\n");
}

/** A Word text as the form holds it: \n between lines and no empty lines at the end. */
export function wordTextToForm(text: string): string {
  return normaliseLineBreaks(text).replace(/\n+$/, "");
}

/** True when the text holds any line break (Word's or Unicode's). */
export function hasLineBreak(text: string): boolean {
  return ANY_LINE_BREAK.test(text);
}

/** A regex character class holding the line-end characters and `extra` (regex-escaped by the caller):
 * `lineEndClass(";")` matches ";" or a line end. `negated` matches anything else. */
export function lineEndClass(extra = "", negated = false): string {
  return `[${negated ? "^" : ""}${extra}${LINE_END_CHARS}]`;
}
