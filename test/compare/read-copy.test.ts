// Reading another copy's .docx: data part (whole log), box texts, and Dutch errors.
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { COPY_ERRORS, readCopy } from "../../src/document/read-data-part";
import { FILE_KIND_ERRORS } from "../../src/document/file-signature";
import { LIMIT_ERRORS } from "../../src/document/read-limits";
import { filledDocx } from "handreiking-fixtures/filled-docx";
import { PLAIN, stopHost } from "handreiking-fixtures/harness";

afterAll(stopHost);

test("reads the data part and every box of a filled form", async () => {
  const r = await readCopy(await filledDocx());
  if (!r.ok) throw new Error(r.error);
  expect(r.storage).toBe("customXml");
  expect(r.boxTexts.initialen).toBe("ES");
  expect(r.boxTexts.zorgen).toMatch(/Ook slaapproblemen, zegt Sanne\.$/);
  expect(r.boxTexts.takenRegisseur!.split("\n")).toHaveLength(2);
  // the whole log (filling before agreement is one entry per person and session: fill-session.ts)
  expect(r.data.changeLog.length).toBeGreaterThan(4);
  // every box equals its last attributed text: the reader sees what Word shows
  for (const [k, t] of Object.entries(r.boxTexts)) expect({ k, t }).toEqual({ k, t: r.data.lastAttributed[k] ?? "" });
});

test("not a .docx", async () => {
  expect(await readCopy(new TextEncoder().encode("%PDF-1.7 geen Word"))).toEqual({
    ok: false,
    error: COPY_ERRORS.notDocx,
  });
  const zip = new JSZip();
  zip.file("hallo.txt", "geen document");
  expect(await readCopy(await zip.generateAsync({ type: "uint8array" }))).toEqual({
    ok: false,
    error: COPY_ERRORS.notDocx,
  });
});

test("a password-protected .docx says so; an old .doc and a cut-off .docx say what they are", async () => {
  const compound = (names: string[]) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    names.forEach((name, n) => [...name].forEach((c, i) => (bytes[512 + 128 * n + 2 * i] = c.charCodeAt(0))));
    return bytes;
  };
  expect(await readCopy(compound(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))).toEqual({
    ok: false,
    error: FILE_KIND_ERRORS.encrypted,
  });
  expect(FILE_KIND_ERRORS.encrypted).toMatch(/met een wachtwoord beveiligd/);
  expect(await readCopy(compound(["Root Entry", "WordDocument"]))).toEqual({
    ok: false,
    error: FILE_KIND_ERRORS.oldDoc,
  });
  const whole = new Uint8Array(readFileSync(PLAIN));
  expect(await readCopy(whole.subarray(0, 3000))).toEqual({ ok: false, error: LIMIT_ERRORS.damagedZip });
});

test("a Word document that is not a Handreiking Regie form", async () => {
  expect(await readCopy(readFileSync(PLAIN))).toEqual({ ok: false, error: COPY_ERRORS.noDataPart });
});

test("a damaged data part", async () => {
  const zip = await JSZip.loadAsync(await filledDocx());
  const item = Object.keys(zip.files).find((p) => /^customXml\/item\d+\.xml$/.test(p))!;
  const xml = await zip.file(item)!.async("string");
  zip.file(item, xml.replace(/<formVersion>\d+<\/formVersion>/, "<formVersion>vijf</formVersion>"));
  const r = await readCopy(await zip.generateAsync({ type: "uint8array" }));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(/^De formuliergegevens in deze kopie zijn beschadigd/);
});
