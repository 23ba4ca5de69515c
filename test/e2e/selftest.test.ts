// Zelftest in the preview: refused in a document with content, run in an empty one, the report
// shown per case and downloaded as JSON; the document is empty again afterwards.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { ContractReport } from "../../src/word/contract";
import { CASES } from "../../src/word/contract";
import { PLAIN } from "handreiking-fixtures/harness";
import { createWordHost } from "word-host";

/** An empty document, as the emulator saves one. */
async function emptyDocx(): Promise<Uint8Array> {
  return (await createWordHost({ profile: "desktop" })).saveDocx();
}
import {
  describeE2E,
  documentDocx,
  E2E_TIMEOUT,
  expectCleanPages,
  newPage,
  openDocument,
  paneLocator,
  runAxe,
  startPreview,
  stopPreview,
} from "./harness";

jest.setTimeout(E2E_TIMEOUT);

/** The package's parts and their content, to compare two saves of the same document. */
async function partsOf(docx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f.name, await f.async("base64")] as const)));
}

describeE2E("Zelftest in the preview", () => {
  beforeAll(() => startPreview(), E2E_TIMEOUT);
  afterAll(() => stopPreview());
  afterEach(() => expectCleanPages());

  test("runs every case in the empty document and offers the report as JSON", async () => {
    const page = await newPage({ profile: "desktop" });
    await openDocument(page, await emptyDocx(), "Leeg.docx"); // the preview starts with the plain handreiking
    const pane = paneLocator(page);
    await pane.getByRole("button", { name: "Zelftest" }).click();
    await pane.getByRole("button", { name: "Zelftest starten" }).click();
    const list = pane.getByRole("list", { name: "Uitkomst per controle" });
    await list.waitFor({ timeout: 30_000 });
    const verdicts = await list
      .locator("li")
      .evaluateAll((items) => items.map((li) => [li.getAttribute("data-case"), li.getAttribute("data-verdict")]));
    expect(verdicts).toEqual(CASES.map((c) => [c.id, "passed"]));
    await pane.getByText("Geen enkele controle is mislukt.", { exact: false }).waitFor();
    expect(await runAxe(page, "#pane")).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      pane.getByRole("button", { name: "Verslag downloaden" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^zelftest-handreiking-regie-\d{4}-\d{2}-\d{2}\.json$/);
    const report = JSON.parse(readFileSync(await download.path(), "utf8")) as ContractReport;
    expect(report.platform).toBe("PC");
    expect(report.requirementSets).toContain("WordApi 1.5");
    expect(report.results.map((r) => r.verdict)).toEqual(CASES.map(() => "passed"));

    // the document is empty again: no text, no controls, no scratch part
    const zip = await JSZip.loadAsync(await documentDocx(page));
    expect(await zip.file("word/document.xml")!.async("string")).not.toMatch(/zelftest|<w:sdt>|<w:tbl>/);
    const parts = await Promise.all(zip.file(/^customXml\//).map((f) => f.async("string")));
    expect(parts.filter((x) => x.includes("zelftest"))).toEqual([]);
  });

  test("refuses a document with content and leaves it as it was", async () => {
    const page = await newPage({ profile: "web" });
    await openDocument(page, new Uint8Array(readFileSync(PLAIN)));
    const before = await partsOf(await documentDocx(page));
    const pane = paneLocator(page);
    await pane.getByRole("button", { name: "Zelftest" }).click();
    await pane.getByRole("button", { name: "Zelftest starten" }).click();
    await pane.getByText(/De zelftest werkt alleen in een leeg document/).waitFor();
    // every part as it was (the zip's own timestamps differ between two saves)
    expect(await partsOf(await documentDocx(page))).toEqual(before);
  });
});
