// Reading another copy's .docx: data part (whole log), box texts, and Dutch errors.
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { COPY_ERRORS, readCopy } from "../../src/document/read-data-part";
import { filledDocx } from "../anonymise/fixture";
import { PLAIN, stopHost } from "../word/harness";

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
