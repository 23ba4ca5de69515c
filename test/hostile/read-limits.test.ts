// The pure limits of src/document/read-limits.ts: the XML pre-scan, the log counter, the
// deadline, and the Dutch sentence for every English error a library can throw.
import {
  checkXmlText,
  countElements,
  Deadline,
  LIMIT_ERRORS,
  LogCounter,
  READ_LIMITS,
  readErrorMessage,
  ReadLimitError,
  refuseDocx,
} from "../../src/document/read-limits";
import { rawZip, deflated } from "./hostile-files";

const refusal = (f: () => void): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof ReadLimitError ? e.message : `not a ReadLimitError: ${String(e)}`;
  }
};

describe("checkXmlText", () => {
  test("accepts ordinary XML with comments, CDATA, processing instructions and '>' in attribute values", () => {
    const xml = `<?xml version="1.0"?><!-- <!DOCTYPE in a comment is text --><a x="1>2" y='<b>'><b/><![CDATA[<c><d>]]><c>t</c></a>`;
    expect(refusal(() => checkXmlText(xml))).toBeNull();
  });

  test.each([
    ["DOCTYPE", `<?xml version="1.0"?><!DOCTYPE a><a/>`],
    ["ENTITY", `<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`],
    ["lower case", `<!doctype a><a/>`],
  ])("refuses a %s declaration", (_, xml) => {
    expect(refusal(() => checkXmlText(xml))).toBe(LIMIT_ERRORS.doctype);
  });

  test("depth: exactly the limit passes, one more is refused; closed and self-closing elements do not count", () => {
    const nest = (n: number) => `${"<a>".repeat(n)}${"</a>".repeat(n)}`;
    expect(refusal(() => checkXmlText(nest(READ_LIMITS.maxXmlDepth)))).toBeNull();
    expect(refusal(() => checkXmlText(nest(READ_LIMITS.maxXmlDepth + 1)))).toBe(LIMIT_ERRORS.xmlTooDeep);
    expect(refusal(() => checkXmlText(`<r>${"<a><b/></a>".repeat(10_000)}</r>`))).toBeNull();
  });

  test("size", () => {
    expect(refusal(() => checkXmlText("<a/>", { ...READ_LIMITS, maxXmlBytes: 3 }))).toBe(LIMIT_ERRORS.xmlTooLarge);
  });
});

test("countElements counts any prefix, not longer names", () => {
  expect(countElements(`<entry/><f:entry a="1"></f:entry><entryX/><entry>`, "entry")).toBe(3);
});

test("LogCounter refuses once entries or rows pass the limit, across parts", () => {
  const limits = { ...READ_LIMITS, maxLogEntries: 3, maxRows: 2 };
  const c = new LogCounter(limits);
  c.add("<entry/><entry/>");
  expect(refusal(() => c.add("<entry/>"))).toBeNull();
  expect(refusal(() => c.add("<entry/>"))).toBe(LIMIT_ERRORS.tooManyLogEntries);
  expect(refusal(() => new LogCounter(limits).add("<row/><row/><row/>"))).toBe(LIMIT_ERRORS.tooManyRows);
});

test("Deadline throws the Dutch sentence once the budget is spent", () => {
  let now = 1_000;
  const d = new Deadline(500, () => now);
  d.check();
  now = 1_501;
  expect(refusal(() => d.check())).toBe(LIMIT_ERRORS.tooSlow);
});

describe("readErrorMessage: no English reaches the user", () => {
  test.each([
    ["Bug : uncompressed data size mismatch", LIMIT_ERRORS.damagedZip],
    ["End of data reached (data length = 100, asked index = 200). Corrupted zip ?", LIMIT_ERRORS.damagedZip],
    ["Corrupted zip : CRC32 mismatch", LIMIT_ERRORS.damagedZip],
    ["Can't find end of central directory : is this a zip file ?", LIMIT_ERRORS.damagedZip],
    ["invalid distance too far back", LIMIT_ERRORS.damagedZip],
    ["[xmldom error]\tunclosed xml attribute", "REST"],
    ["This page contains the following errors: error on line 1 at column 5", "REST"],
  ])("%s", (message, expected) => {
    expect(readErrorMessage(new Error(message), "REST")).toBe(expected);
  });

  test("a stack overflow (deeply nested input) is 'too complex'", () => {
    expect(readErrorMessage(new RangeError("Maximum call stack size exceeded"), "REST")).toBe(LIMIT_ERRORS.tooComplex);
  });

  test("the add-in's own Dutch sentences pass through", () => {
    expect(readErrorMessage(new ReadLimitError(LIMIT_ERRORS.doctype), "REST")).toBe(LIMIT_ERRORS.doctype);
    expect(readErrorMessage("a string", "REST")).toBe("REST");
  });

  test("every sentence is Dutch and names what to do", () => {
    for (const text of Object.values(LIMIT_ERRORS)) {
      expect(text).toMatch(/^(Dit|Het|Een|Deze) /);
      expect(text).toMatch(/(vraag|kies|controleer)/);
      expect(text).not.toMatch(/\b(the|file|error|zip bomb)\b/i);
    }
  });
});

test("refuseDocx (the preview's check before opening a file whole)", () => {
  expect(refuseDocx(rawZip([deflated("word/document.xml", "<a/>")]))).toBeNull();
  expect(refuseDocx(new TextEncoder().encode("%PDF-1.7"))).toMatch(/geen Word-document/);
  expect(refuseDocx(rawZip(Array.from({ length: READ_LIMITS.maxEntries + 1 }, (_, i) => deflated(`p${i}`, "x"))))).toBe(
    LIMIT_ERRORS.tooManyEntries,
  );
});
