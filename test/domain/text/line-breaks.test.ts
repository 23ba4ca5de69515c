import {
  hasLineBreak,
  isLineEnd,
  lineEndClass,
  normaliseLineBreaks,
  splitLines,
  wordTextToForm,
} from "../../../src/domain/text/line-breaks";
import { hasControlChar } from "../../../src/domain/form/text-rules";
import { isSafeFileName } from "../../../src/domain/form/file-name";
import { needsEscape } from "../../../src/domain/data-part/xml-text";
import { findStamps } from "../../../src/domain/log/stamp";
import { cellText } from "../../../src/domain/template/document-map";

const VT = String.fromCharCode(11);

test("a box splits into lines on \\n, \\r\\n, \\r and Word's manual line break \\v", () => {
  expect(splitLines(`a\nb\r\nc\rd${VT}e`)).toEqual(["a", "b", "c", "d", "e"]);
  expect(splitLines("één regel")).toEqual(["één regel"]);
});

test("Word's breaks become \\n; trailing empty lines go only in wordTextToForm", () => {
  expect(normaliseLineBreaks(`a\r\nb\rc${VT}d\n`)).toBe("a\nb\nc\nd\n");
  expect(wordTextToForm(`a\rb${VT}\r\r`)).toBe("a\nb");
  expect(cellText(`Naam\r${VT}`)).toBe("Naam");
});

test("hasLineBreak knows Word's and Unicode's breaks, not a tab or a space", () => {
  for (const c of ["\n", "\r", VT, "\f", "\u0085", "\u2028", "\u2029"]) expect(hasLineBreak(`a${c}b`)).toBe(true);
  expect(hasLineBreak("a\tb c")).toBe(false);
});

test("isLineEnd and lineEndClass: the line ends plus what the caller adds", () => {
  expect(["\n", "\r", VT, "x", "\n\n"].map(isLineEnd)).toEqual([true, true, true, false, false]);
  const semicolonOrLine = new RegExp(lineEndClass(";"));
  expect("a;b".split(semicolonOrLine)).toEqual(["a", "b"]);
  expect(`a${VT}b`.split(semicolonOrLine)).toEqual(["a", "b"]);
  expect(new RegExp(`^${lineEndClass(":", true)}+$`).test(`ab${VT}`)).toBe(false);
});

test("a stamp on a line after Word's \\v is found on its own line", () => {
  expect(findStamps(`Tekst${VT}PH 20200902, Ambiq: klaar`).map((s) => s.line)).toEqual([1]);
});

// The control-character classes were rewritten from \u0000-style ranges to Unicode's Cc (so that no
// lint rule needs switching off): every character up to U+FFFF is judged as before.
test("control-character checks match the old character ranges exactly", () => {
  const c0c1 = (c: number): boolean => c <= 0x1f || (c >= 0x7f && c <= 0x9f);
  const wrong: string[] = [];
  const check = (what: string, c: number, got: boolean, want: boolean): void => {
    if (got !== want) wrong.push(`${what} U+${c.toString(16)}`);
  };
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    check("control", c, hasControlChar(ch), c0c1(c));
    check("control in a multi-line box", c, hasControlChar(ch, true), c0c1(c) && c !== 9 && c !== 10);
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    const unsafe = (c0c1(c) && c !== 9 && c !== 10) || [0x2028, 0x2029, 0xfffe, 0xffff].includes(c) || surrogate;
    check("xml", c, needsEscape(ch), unsafe);
    if (!surrogate)
      check("file name", c, isSafeFileName(`a${ch}b`), !('<>:"/\\|?*'.includes(ch) || c <= 0x1f || c === 0x7f));
  }
  expect(wrong).toEqual([]);
  expect(hasControlChar("\t")).toBe(true);
  expect(hasControlChar("\t", true)).toBe(false);
});
