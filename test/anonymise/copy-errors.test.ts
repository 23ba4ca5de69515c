// Issue 12 item 6: errors on the research-copy path are Dutch. A deeply nested document (it
// once ended in "Maximum call stack size exceeded" for the user) is anonymised up to the
// reader's depth limit (read-limits.ts) and refused in Dutch beyond it; a damaged part
// stops the copy with a Dutch message; engine errors never reach the user as they are.
import JSZip from "jszip";
import { ANONYMISE_ERRORS, anonymiseCopy, CopyError, toCopyError } from "../../src/document/anonymise-docx";
import { LIMIT_ERRORS, READ_LIMITS } from "../../src/document/read-limits";
import { stopHost } from "handreiking-fixtures/harness";
import { filledDocx } from "handreiking-fixtures/filled-docx";

afterAll(stopHost);
beforeAll(() => filledDocx(), 60_000);

/** As deep as the reader allows: the document's own nesting (body, paragraph) counts too. */
const DEPTH = Math.floor((READ_LIMITS.maxXmlDepth - 10) / 2);

async function withDocument(change: (xml: string) => string, extra?: (zip: JSZip) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await filledDocx());
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", change(xml));
  extra?.(zip);
  return zip.generateAsync({ type: "uint8array" });
}

test(`a paragraph nested ${DEPTH} levels deep is anonymised, not a stack overflow`, async () => {
  const deep = `<w:p>${"<w:sdt><w:sdtContent>".repeat(DEPTH)}<w:r><w:t xml:space="preserve">Bel Sanne op 06-12345678</w:t></w:r>${"</w:sdtContent></w:sdt>".repeat(DEPTH)}</w:p>`;
  const original = await withDocument((xml) => xml.replace("<w:sectPr", () => `${deep}<w:sectPr`));
  const result = await anonymiseCopy(original, { code: "J09" });
  const out = await (await JSZip.loadAsync(result.bytes)).file("word/document.xml")!.async("string");
  expect(out).toContain("Bel Jeugdige op [telefoon]");
  expect(out).not.toContain("Sanne");
});

test("a paragraph nested 15000 levels deep is refused with one Dutch sentence, not a stack overflow", async () => {
  const deep = `<w:p>${"<w:sdt><w:sdtContent>".repeat(15_000)}<w:r><w:t>Sanne</w:t></w:r>${"</w:sdtContent></w:sdt>".repeat(15_000)}</w:p>`;
  const original = await withDocument((xml) => xml.replace("<w:sectPr", () => `${deep}<w:sectPr`));
  await expect(anonymiseCopy(original, { code: "J09" })).rejects.toEqual(new CopyError(LIMIT_ERRORS.xmlTooDeep));
});

test("a part that does not parse stops the copy with a Dutch message naming the part", async () => {
  const original = await withDocument(
    (xml) => xml,
    (zip) => zip.file("word/footnotes.xml", "<w:footnotes xmlns:w='x'><w:footnote>Sanne</w:footnotes>"),
  );
  await expect(anonymiseCopy(original)).rejects.toEqual(
    new CopyError(ANONYMISE_ERRORS.damagedPart("word/footnotes.xml")),
  );
});

test("not a .docx, or an invalid research code: the Dutch message as it is", async () => {
  await expect(anonymiseCopy(new TextEncoder().encode("%PDF-1.7"))).rejects.toThrow(
    /Dit bestand is geen Word-document/,
  );
  // a zip that breaks off after its first header is a damaged .docx, not "no Word document"
  await expect(anonymiseCopy(new Uint8Array([80, 75, 3, 4]))).rejects.toThrow(/beschadigd of onvolledig/);
  await expect(anonymiseCopy(await filledDocx(), { code: "J/01" })).rejects.toBeInstanceOf(CopyError);
});

test("engine errors become a Dutch message; a stack overflow says the document is nested too deeply", () => {
  expect(toCopyError(new RangeError("Maximum call stack size exceeded")).message).toBe(ANONYMISE_ERRORS.tooDeep);
  expect(toCopyError(new TypeError("Cannot read properties of undefined (reading 'x')")).message).toBe(
    ANONYMISE_ERRORS.failed,
  );
  expect(toCopyError("kapot").message).toBe(ANONYMISE_ERRORS.failed);
  const dutch = new CopyError("Dit bestand is geen Word-document.");
  expect(toCopyError(dutch)).toBe(dutch);
  for (const m of [ANONYMISE_ERRORS.tooDeep, ANONYMISE_ERRORS.failed])
    expect(m).toMatch(/^De anonieme kopie kon niet worden gemaakt/);
});
