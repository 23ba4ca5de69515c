// The Kopieën tab in the preview, asserted on the files and the document:
// 1. an anonymised copy for research: the report before export, the review of words that could
//    still be a name (a ticked word replaced everywhere, downloads only after the list was gone
//    through), the downloads, nothing identifying in the downloaded .docx, the original unchanged;
// 2. comparing with a copy someone else amended: differences per box, a choice for the box
//    changed in both, the other copy's changes brought in as attributed entries.
// axe-core on each screen, a screenshot of each at task-pane width, no outside request.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Locator, Page } from "playwright-core";
import { readCopy } from "../../src/document/read-data-part";
import type { Profile } from "../../src/domain";
import { IDENTIFYING, filledDocx } from "handreiking-fixtures/filled-docx";
import { gatewayFor, PLAIN, startHost, stopHost } from "handreiking-fixtures/harness";
import {
  describeE2E,
  documentDocx,
  E2E_TIMEOUT,
  expectCleanPages,
  newPage,
  openDocument,
  paneLocator,
  runAxe,
  screenshot,
  startPreview,
  stopPreview,
  waitForDocumentText,
} from "./harness";

jest.setTimeout(E2E_TIMEOUT * 2);

/** Tall enough that each screenshot shows the whole tab. */
const TALL = { width: 1400, height: 2400 };
const ES: Profile = { initials: "ES", organisation: "Gemeente Hengelo", name: "" };
const KJ: Profile = { initials: "KJ", organisation: "Jeugdbescherming Overijssel", name: "" };

async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await runAxe(page, "#pane")).toEqual([]);
  await screenshot(page, `copies-${name}`, "#pane");
}

async function setProfile(pane: Locator, initials: string, organisation: string): Promise<void> {
  await pane.getByRole("heading", { name: "Uw gegevens" }).waitFor();
  await pane.getByRole("textbox", { name: /Initialen/ }).fill(initials);
  await pane.getByRole("textbox", { name: /Organisatie/ }).fill(organisation);
  await pane.getByRole("button", { name: "Opslaan" }).click();
}

async function openCopiesTab(pane: Locator): Promise<void> {
  await pane.getByRole("tab", { name: "Kopieën" }).click({ timeout: 20_000 });
  await pane.getByRole("heading", { name: "Anonieme kopie voor onderzoek" }).waitFor({ timeout: 20_000 });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

/** Two copies of the filled, agreed handreiking, amended separately: A by ES, B by KJ (with a new person). */
async function divergedCopies(): Promise<{ a: Uint8Array; b: Uint8Array }> {
  const ancestor = await filledDocx();
  const hostA = await startHost("desktop", ancestor);
  const ga = gatewayFor(() => new Date("2020-10-22T09:00:00Z"));
  await ga.open();
  await ga.amend("afstemming", "School sluit aan bij het overleg.", ES);
  const a = await hostA.saveDocx();

  const hostB = await startHost("desktop", ancestor);
  const gb = gatewayFor(() => new Date("2020-10-23T09:00:00Z"));
  await gb.open();
  await gb.amend("afstemming", "Voogd neemt deel aan elk overleg.", KJ);
  const row = (await gb.addRow("betrokkenen", KJ)).data!.rowOrder.betrokkenen!.at(-1)!;
  await gb.writeBox(`betrokkenen.${row}.naam`, "T. Bakker", KJ);
  await gb.writeBox(`betrokkenen.${row}.rol`, "Mentor", KJ);
  const b = await hostB.saveDocx();
  stopHost();
  return { a, b };
}

describeE2E("the Kopieën tab in the preview", () => {
  beforeAll(() => startPreview(), E2E_TIMEOUT);
  afterAll(async () => {
    await stopPreview();
    stopHost();
  });
  afterEach(() => expectCleanPages());

  test("anonymised copy for research: report first, then the downloads; nothing identifying in the copy; the document unchanged", async () => {
    const original = await filledDocx();
    const page = await newPage({ profile: "desktop", viewport: TALL });
    const pane = paneLocator(page);
    await setProfile(pane, "PH", "Ambiq");
    await openDocument(page, original, "20200901 Handreiking Regie ES.docx");
    await openCopiesTab(pane);
    await checkScreen(page, "01-kopieen");
    const before = await readCopy(await documentDocx(page));

    // a research code that cannot go into a file name is refused in Dutch
    await pane.getByRole("textbox", { name: /Onderzoekscode/ }).fill("J 07/ES");
    await pane.getByRole("button", { name: "Anonieme kopie maken" }).click();
    await pane.getByText(/mag alleen letters, cijfers en een streepje/).waitFor();
    await expect(pane.getByRole("button", { name: "Kopie downloaden" }).count()).resolves.toBe(0);

    await pane.getByRole("textbox", { name: /Onderzoekscode/ }).fill("J07");
    await pane.getByRole("button", { name: "Anonieme kopie maken" }).click();
    const report = pane.getByRole("table", { name: "Wat is vervangen" });
    await report.waitFor({ timeout: 30_000 });
    const rows = await report.getByRole("row").allInnerTexts();
    const count = (label: string): number =>
      Number(
        rows
          .find((r) => r.startsWith(label))
          ?.split(/\s+/)
          .at(-1) ?? 0,
      );
    expect(count("Namen")).toBeGreaterThan(5);
    expect(count("Telefoonnummers")).toBeGreaterThan(3);
    expect(count("E-mailadressen")).toBeGreaterThan(0);
    expect(count("BSN-achtige nummers")).toBeGreaterThan(0);
    // counts only: no value of the document appears in the report
    const paneText = await pane.innerText();
    for (const s of ["Sanne", "Hendriks", "06-12345678", "123456782"])
      expect({ s, shown: paneText.includes(s) }).toEqual({ s, shown: false });
    await pane.getByText("Wat de kopie niet garandeert: lees hem zelf door voordat u hem verstuurt").waitFor();
    await checkScreen(page, "02-anonieme-kopie");

    // the review: the downloads wait until the list of words that could be a name is gone through
    const download = pane.getByRole("button", { name: "Kopie downloaden" });
    expect(await download.isDisabled()).toBe(true);
    const review = pane.getByRole("group", { name: "Woorden die nog een naam of plaats kunnen zijn" });
    await review.getByRole("checkbox", { name: "Schoolverzuim" }).check();
    await pane.getByRole("button", { name: "Aangevinkte woorden vervangen" }).click();
    await pane.getByText(/1 woord is op uw verzoek overal vervangen door een code/).waitFor({ timeout: 30_000 });
    await expect(review.getByRole("checkbox", { name: "Schoolverzuim" }).count()).resolves.toBe(0);
    expect(await download.isDisabled()).toBe(true);
    await pane.getByRole("checkbox", { name: "Ik heb de lijst nagelopen" }).check();
    expect(await download.isDisabled()).toBe(false);
    await checkScreen(page, "02b-nagelopen");

    const copy = await downloaded(page, () => pane.getByRole("button", { name: "Kopie downloaden" }).click());
    expect(copy.name).toBe("Onderzoek Handreiking Regie J07.docx");
    const zip = await JSZip.loadAsync(copy.bytes);
    for (const [path, file] of Object.entries(zip.files)) {
      if (file.dir || !/\.(xml|rels)$/.test(path)) continue;
      const xml = (await file.async("string")).toLocaleLowerCase("nl");
      for (const s of IDENTIFYING)
        expect({ path, s, found: xml.includes(s.toLocaleLowerCase("nl")) }).toEqual({ path, s, found: false });
    }
    const read = await readCopy(copy.bytes);
    if (!read.ok) throw new Error(read.error);
    expect(read.boxTexts.gemeente).toBe("Hengelo"); // what research needs stays
    // the marked word: replaced by its code in the boxes, the log and the data part
    const marked = JSON.stringify({ boxes: read.boxTexts, data: read.data });
    expect(marked).not.toContain("Schoolverzuim");
    expect(marked).toContain("Gemarkeerd A");
    expect(await zip.file("word/document.xml")?.async("string")).not.toContain("Schoolverzuim");

    const summary = await downloaded(page, () => pane.getByRole("button", { name: "Samenvatting downloaden" }).click());
    expect(summary.name).toBe("Onderzoek Handreiking Regie J07 samenvatting.json");
    const json = JSON.parse(new TextDecoder().decode(summary.bytes)) as {
      code: string;
      municipality: string;
      changes: unknown[];
    };
    expect(json.code).toBe("J07");
    expect(json.municipality).toBe("Hengelo");
    // the whole log (filling before agreement: one entry per person and session)
    expect(json.changes.length).toBeGreaterThan(4);
    for (const s of IDENTIFYING) expect({ s, found: JSON.stringify(json).includes(s) }).toEqual({ s, found: false });
    await pane.getByText(/staan in uw map Downloads/).waitFor();

    // the document in Word is exactly as it was
    expect(await readCopy(await documentDocx(page))).toEqual(before);
  });

  test("compare with a copy amended elsewhere: choose for the box changed in both, bring the rest in, signed", async () => {
    const { a, b } = await divergedCopies();
    const page = await newPage({ profile: "web", viewport: TALL });
    const pane = paneLocator(page);
    await setProfile(pane, "ES", "Gemeente Hengelo");
    await openDocument(page, a);
    await openCopiesTab(pane);
    const picker = pane.getByTestId("compare-file");
    // every copy is read in a Web Worker (src/document/copy-worker.ts), a chunk from the preview's own origin
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));

    // a document that is no form, then another family's form: refused, nothing offered
    await picker.setInputFiles({
      name: "leeg.docx",
      mimeType: "application/octet-stream",
      buffer: readFileSync(PLAIN),
    });
    await pane.getByText(/geen Handreiking Regie-formulier/).waitFor();
    await expect(pane.getByRole("button", { name: "Overnemen in dit document" }).count()).resolves.toBe(0);

    await picker.setInputFiles({
      name: "kopie Karin.docx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(b),
    });
    await pane.getByText(/^Beide kopieën zijn apart van elkaar gewijzigd: /).waitFor({ timeout: 20_000 });
    expect(workers.length).toBeGreaterThanOrEqual(2); // the refused file and this one, each in its own worker
    for (const url of workers) expect(new URL(url).pathname).toMatch(/^\/copy-worker\.[0-9a-f]{8}\.js$/);
    expect(new URL(workers[0]!).origin).toBe(new URL(page.url()).origin);
    const differences = pane.getByRole("list", { name: "Verschillen per vak" });
    await differences.getByText("In beide kopieën gewijzigd: kies welke tekst blijft.").waitFor();
    const takeButton = pane.getByRole("button", { name: "Overnemen in dit document" });
    expect(await takeButton.isDisabled()).toBe(true); // not before the choice
    await checkScreen(page, "03-vergelijken");

    await pane
      .getByRole("radiogroup")
      .first()
      .getByRole("radio", { name: "Beide teksten houden (deze eerst)" })
      .check();
    expect(await takeButton.isDisabled()).toBe(false);
    await takeButton.click();
    await pane.getByText(/De wijzigingen uit de andere kopie staan nu in dit document/).waitFor({ timeout: 20_000 });
    await checkScreen(page, "04-overgenomen");

    // the document: both amendments, the new person, B's log entries and the merge records by ES
    await waitForDocumentText(page, "T. Bakker");
    const merged = await readCopy(await documentDocx(page));
    const theirs = await readCopy(b);
    if (!merged.ok || !theirs.ok) throw new Error("unreadable");
    expect(merged.boxTexts.afstemming).toMatch(
      /ES 20201022, Gemeente Hengelo: School sluit aan bij het overleg\.\nKJ 20201023, Jeugdbescherming Overijssel: Voogd neemt deel aan elk overleg\.$/,
    );
    const newRow = theirs.data.rowOrder.betrokkenen!.at(-1)!;
    expect(merged.boxTexts[`betrokkenen.${newRow}.naam`]).toBe("T. Bakker");
    const ids = new Set(merged.data.changeLog.map((e) => e.id));
    expect(theirs.data.changeLog.every((e) => ids.has(e.id))).toBe(true);
    const records = merged.data.changeLog.filter((e) => e.kind === "merge");
    // B's own entries say who changed what: ES records only the choice made and the merge itself (issue 28)
    expect(records.map((e) => e.boxKey ?? "de samenvoeging")).toEqual(["afstemming", "de samenvoeging"]);
    expect(records.every((e) => e.initials === "ES" && e.organisation === "Gemeente Hengelo")).toBe(true);
    // after merging, the same copy has nothing more to bring in
    await picker.setInputFiles({
      name: "kopie Karin.docx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(b),
    });
    await pane
      .getByText(/^Dit document is nieuwer dan de andere kopie: daar ontbreken \d+ wijzigingen? die hier wel staan\./)
      .waitFor({ timeout: 20_000 });
    await expect(takeButton.count()).resolves.toBe(0);
  });
});
