// The whole journey in the preview, asserted on the DOCUMENT (the .docx the emulator holds),
// not only on the pane: profile, convert, fill every step, agree, amend twice, attribute an
// outside edit, open the log, reach a complete checklist with the right file name.
// axe-core on every screen; a screenshot of each at task-pane width; no outside request.
import JSZip from "jszip";
import { box, fillText, goTo, openBox, save, textField } from "./form-walk";
import type { Page } from "playwright-core";
import { lastChangeDay, parseDataPart } from "../../src/domain";
import {
  describeE2E,
  documentDocx,
  E2E_TIMEOUT,
  expectCleanPages,
  newPage,
  paneLocator,
  runAxe,
  screenshot,
  startPreview,
  stopPreview,
  typeInWord,
} from "./harness";

jest.setTimeout(E2E_TIMEOUT * 2);

/** How far the pane's content reaches past its right edge (0: nothing cut off), and the widest element that does. */
async function overflowOf(page: Page): Promise<number | string> {
  return page.locator("#pane").evaluate((pane) => {
    const over = pane.scrollWidth - pane.clientWidth;
    if (over <= 0) return 0;
    const right = pane.getBoundingClientRect().right;
    const culprit = [...pane.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > right + 0.5).pop();
    return `${over} px: <${culprit?.tagName.toLowerCase()} class="${culprit?.className}"> ${culprit?.textContent?.slice(0, 60)}`;
  });
}

/** axe and a screenshot at 350 px, then the same screen at 320 px (a narrower pane): nothing cut off at either. */
async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await runAxe(page, "#pane")).toEqual([]);
  expect({ name, overflow: await overflowOf(page) }).toEqual({ name, overflow: 0 });
  await screenshot(page, `journey-${name}`, "#pane");
  await page.locator("#pane").evaluate((el) => (el.style.width = "320px"));
  try {
    await screenshot(page, `journey-${name}-320`, "#pane");
    expect({ name, width: 320, overflow: await overflowOf(page) }).toEqual({ name, width: 320, overflow: 0 });
  } finally {
    await page.locator("#pane").evaluate((el) => (el.style.width = ""));
  }
}

async function docxState(page: Page) {
  const zip = await JSZip.loadAsync(await documentDocx(page));
  const xml = await zip.file("word/document.xml")!.async("string");
  let data = null;
  for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    const part = await zip.file(name)!.async("string");
    if (part.includes("urn:handreiking-regie:twente:form:1")) {
      const parsed = parseDataPart(part);
      if (parsed.ok) data = parsed.data;
    }
  }
  const text = xml
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
  return { xml, text, data };
}

describeE2E("the whole journey in the preview", () => {
  beforeAll(() => startPreview(), E2E_TIMEOUT);
  afterAll(() => stopPreview());
  afterEach(() => expectCleanPages());

  test("profile → convert → all steps → agree → amend twice → outside edit → log → ready to send", async () => {
    const page = await newPage({ profile: "desktop" });
    const pane = paneLocator(page);

    // 1. First use: the profile.
    await pane.getByRole("heading", { name: "Uw gegevens" }).waitFor();
    await checkScreen(page, "01-profiel");
    await pane.getByRole("textbox", { name: /Initialen/ }).fill("p.h.");
    await pane.getByRole("textbox", { name: /Organisatie/ }).fill("Ambiq");
    await pane.getByRole("button", { name: "Opslaan" }).click();

    // 2. The plain handreiking is recognised; convert.
    await pane.getByRole("button", { name: "Omzetten naar formulier" }).waitFor();
    await checkScreen(page, "02-document-gevonden");
    await pane.getByRole("button", { name: "Omzetten naar formulier" }).click();
    await pane.getByRole("navigation", { name: "Onderdelen van de handreiking" }).waitFor({ timeout: 20_000 });
    let doc = await docxState(page);
    expect(doc.data?.changeLog.map((e) => e.kind)).toEqual(["created"]);
    expect(doc.xml).toContain('w:val="hr:initialen"');

    // 3. Basisgegevens.
    await checkScreen(page, "03-basisgegevens");
    await fillText(pane, "Initialen jeugdige", "ES");
    const gemeente = box(pane, "Gemeente");
    await gemeente.getByRole("combobox").selectOption("Hengelo");
    await save(gemeente);
    const indicatie = box(pane, "Indicatie");
    await indicatie.getByRole("checkbox", { name: "OB4b" }).check();
    await save(indicatie);
    await fillText(pane, "Datum MDO", "01-09-2020");
    const beheerder = box(pane, "Beheerder van dit document");
    await textField(beheerder, "Naam").fill("P. Hendriks");
    await textField(beheerder, "Organisatie").fill("Ambiq");
    await save(beheerder);

    // Stap 1.
    await goTo(pane, /^Stap 1/);
    await checkScreen(page, "04-stap1");
    await fillText(pane, "Wat is de hulpvraag van de jeugdige en het gezin?", "Ouders willen weer rust in huis.");
    await fillText(pane, "Wat zijn de zorgen?", "Schoolverzuim.");

    // Stap 2: two people.
    await goTo(pane, /^Stap 2/);
    for (const [row, [naam, organisatie, rol]] of [
      ["Moeder van ES", "Gezin", "Ouder"],
      ["M. de Vries", "Gemeente Hengelo", "Regisseur"],
    ].entries()) {
      const card = pane.getByRole("group", { name: `Betrokkenen, rij ${row + 1}` });
      await fillText(card, "Naam", naam!);
      await fillText(card, "Organisatie", organisatie!);
      await fillText(card, "Rol in dit traject", rol!);
    }
    await checkScreen(page, "05-stap2");

    // Stap 3.
    await goTo(pane, /^Stap 3/);
    const regisseur = box(pane, "Wie is de regisseur?");
    await textField(regisseur, "Naam").fill("M. de Vries");
    await textField(regisseur, "Organisatie").fill("Gemeente Hengelo");
    await save(regisseur);
    await fillText(pane, "Taken en mandaat van de regisseur", "Houdt overzicht en roept het MDO bijeen.");
    await fillText(pane, "Vervanger bij afwezigheid", "J. Jansen, Ambiq");

    // Stap 4 and 5.
    await goTo(pane, /^Stap 4/);
    await fillText(pane.getByRole("group", { name: "Doelen, rij 1" }), "Doel", "ES gaat elke dag naar school");
    await goTo(pane, /^Stap 5/);
    const afspraak = pane.getByRole("group", { name: "Afspraken, rij 1" });
    await fillText(afspraak, "Afspraak", "Aanmelden bij jeugdhulp");
    await fillText(afspraak, "Wie (organisatie)", "Ambiq");
    // The table as a grid, by keyboard only: Tab goes to the next cell, Enter in the last cell of
    // the last row adds a row with the cursor in its first cell; leaving the row saves it.
    const rowCount = await pane.getByRole("group", { name: /^Afspraken, rij \d+$/ }).count();
    const last = pane.getByRole("group", { name: `Afspraken, rij ${rowCount}` });
    await box(last, "Afspraak").getByRole("textbox").first().click();
    await page.keyboard.type("Huisbezoek");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Gemeente Hengelo");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Wekelijks");
    await page.keyboard.press("Enter");
    await pane.getByRole("group", { name: `Afspraken, rij ${rowCount + 1}` }).waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      (name) => document.activeElement?.closest(`[aria-label="${name}"] [aria-label="Afspraak"]`) != null,
      `Afspraken, rij ${rowCount + 1}`,
      { timeout: 15_000 },
    );
    await box(last, "Wanneer")
      .getByText(/Opgeslagen · /)
      .waitFor({ timeout: 15_000 });

    // Stap 6.
    await goTo(pane, /^Stap 6/);
    await fillText(pane, "Hoe en hoe vaak stemmen we af?", "Elke zes weken; tussendoor via Zorgmail.");
    const toestemming = box(pane, "Toestemming van het gezin voor informatie-uitwisseling");
    await toestemming.getByRole("radio", { name: "Ja" }).check();
    await save(toestemming);
    await fillText(pane, "Datum toestemming", "01-09-2020");
    const verzendwijze = box(pane, "Beveiligde verzendwijze");
    await verzendwijze.getByRole("radio", { name: "Zorgmail" }).check();
    await save(verzendwijze);
    await checkScreen(page, "06-stap6");

    // Stap 7 is left for after agreement: the evaluation date, a required box, is missing now.

    doc = await docxState(page);
    expect(doc.text).toContain("Ouders willen weer rust in huis.");
    expect(doc.text).toContain("Hengelo");
    expect(doc.data?.lastAttributed.gemeente).toBe("Hengelo");
    expect(doc.text).toContain("Huisbezoek");
    // The filling before agreement is one log entry: who filled which boxes, when.
    expect(doc.data?.changeLog.map((e) => e.kind)).toEqual(["created", "edit"]);
    expect(doc.data?.changeLog[1]?.description).toMatch(
      /^Ingevuld in het MDO, \d\d:\d\d(–\d\d:\d\d)?: Basisgegevens \(\d+ vakken\), Stap 1 \(2 vakken\), Stap 2 \(2 rijen\), .*Stap 5 \(3 rijen\).*\.$/,
    );
    expect(doc.data?.changeLog[1]?.description).not.toContain("Stap 7");

    // 4. Afronden: agree at the MDO.
    await goTo(pane, /^Afronden/);
    await checkScreen(page, "07-afronden");
    await pane.getByRole("button", { name: /Vastgesteld in het MDO/ }).click();
    // The check before agreeing: the evaluation date (required) is still empty, so agreeing is
    // refused until a reason is given, and the reason is logged.
    await pane
      .getByText(/Evaluatiedatum/)
      .first()
      .waitFor();
    const reason = pane.getByRole("textbox", { name: /Waarom stelt u de handreiking toch vast/ });
    await reason.waitFor();
    const agreeButton = pane.getByRole("button", { name: "Ja, vaststellen" });
    expect(await agreeButton.isDisabled()).toBe(true);
    await reason.fill("De rest volgt bij de evaluatie.");
    await checkScreen(page, "07b-vaststellen");
    await agreeButton.click();
    await pane
      .getByText(/vastgesteld/i)
      .first()
      .waitFor();
    doc = await docxState(page);
    expect(doc.data?.changeLog.find((e) => e.kind === "agreed")?.description).toContain(
      "De rest volgt bij de evaluatie.",
    );

    // 5. Amend twice (stamped lines in the box).
    await goTo(pane, /^Stap 3/);
    const taken = box(pane, "Taken en mandaat van de regisseur");
    for (const addition of ["Wisseling van behandelaar voor cliënt ES.", "Regisseur belt ook met school."]) {
      await openBox(taken, "amend"); // the first time: the compact box opens its editor; then it stays open
      await taken.getByRole("textbox", { name: /Aanvulling bij/ }).fill(addition);
      await taken.getByRole("button", { name: /Aanvulling toevoegen/ }).click();
      await page.waitForFunction((text) => document.querySelector("#document")?.textContent?.includes(text), addition, {
        timeout: 15_000,
      });
    }
    // An amendment to a one-line box: the stamped line replaces its value, the box stays one line.
    const vervanger = box(pane, "Vervanger bij afwezigheid");
    await openBox(vervanger, "amend");
    await vervanger.getByRole("textbox", { name: /Nieuwe waarde voor/ }).fill("K. Bos, Ambiq");
    await vervanger.getByRole("button", { name: /Aanvulling toevoegen/ }).click();
    await page.waitForFunction(
      (text) => document.querySelector("#document")?.textContent?.includes(text),
      "K. Bos, Ambiq",
      { timeout: 15_000 },
    );
    await checkScreen(page, "08-aanvullen");
    expect(await pane.getByText(/regelovergang/).count()).toBe(0);

    // A row after agreement: added with a stamp line in the document, its cell filled as a correction.
    await goTo(pane, /^Stap 5/);
    const afspraken = pane.locator('section[aria-label="Afspraken"]');
    const rowsBefore = await afspraken.getByRole("group", { name: /^Afspraken, rij \d+$/ }).count();
    await afspraken.getByRole("button", { name: "Rij toevoegen" }).click();
    const newRow = afspraken.getByRole("group", { name: `Afspraken, rij ${rowsBefore + 1}` });
    await newRow.waitFor({ timeout: 15_000 });
    await fillText(newRow, "Afspraak", "Crisisplan maken");
    await fillText(newRow, "Wie (organisatie)", "Ambiq");
    await checkScreen(page, "08b-rij-na-vaststellen");

    // The box left empty at agreement, filled after it (a correction, stamped in the document).
    await goTo(pane, /^Stap 7/);
    await fillText(pane, "Evaluatiedatum", "01-12-2020");

    // 6. Somebody types in Word; the pane lists it and the user attributes it.
    await typeInWord(page, "hr:zorgen", " Ook slaapproblemen.");
    await pane.getByText("Wijzigingen buiten dit venster").waitFor({ timeout: 15_000 });
    await checkScreen(page, "09-buiten-het-venster");
    await pane.getByRole("combobox", { name: "Gewijzigd door" }).selectOption({ label: "Onbekend" });
    await pane.getByRole("button", { name: "Wijzigingen vastleggen" }).click();
    await pane.getByText("Wijzigingen buiten dit venster").waitFor({ state: "detached", timeout: 15_000 });

    // 7. The log.
    await pane.getByRole("tab", { name: "Logboek" }).click();
    await pane.getByRole("list", { name: "Wijzigingen, nieuwste eerst" }).waitFor();
    await checkScreen(page, "10-logboek");

    // 8. Save and send: complete checklist, the right file name.
    await pane.getByRole("tab", { name: "Verzenden" }).click();
    await checkScreen(page, "11-opslaan-en-verzenden");
    doc = await docxState(page);
    const name = `${lastChangeDay(doc.data!.changeLog)} Handreiking Regie ES`;
    expect(await pane.getByText(name, { exact: false }).count()).toBeGreaterThan(0);
    await pane.getByRole("button", { name: "Opslaan onder deze naam" }).click();
    await page.waitForFunction((n) => (window.__preview?.host.savedAs ?? []).some((s) => s.fileName === n), name, {
      timeout: 15_000,
    });
    const checklist = pane.getByRole("list", { name: "Controle voor verzenden" });
    await checklist.waitFor();
    const states = await checklist.locator(":scope > li").allInnerTexts();
    expect(states.length).toBeGreaterThanOrEqual(4);
    // the outside edit was recorded with author "Onbekend": the checklist says so (issue 28), the rest is in order
    const unknownAuthor = states.filter((item) => item.startsWith("Eén wijziging heeft geen bekende maker"));
    expect(unknownAuthor).toHaveLength(1);
    expect(unknownAuthor[0]).toContain("(let op)");
    for (const item of states.filter((i) => !unknownAuthor.includes(i))) expect(item).toContain("(in orde)");
    await checkScreen(page, "12-klaar-om-te-verzenden");

    // The document itself: boxes, stamps, log rows.
    doc = await docxState(page);
    const stampDay = doc.data!.changeLog.at(-1)!.day;
    expect(doc.text).toContain(`PH ${stampDay}, Ambiq: Wisseling van behandelaar voor cliënt ES.`);
    expect(doc.text).toContain(`PH ${stampDay}, Ambiq: Regisseur belt ook met school.`);
    expect(doc.text).toContain("Schoolverzuim. Ook slaapproblemen.");
    const kinds = doc.data!.changeLog.map((e) => e.kind);
    expect(kinds[0]).toBe("created");
    expect(kinds.filter((k) => k === "amendment")).toHaveLength(3); // two additions to a long text, one new value for a one-line box
    expect(kinds).toContain("agreed");
    expect(kinds).toContain("externalEdit");
    const logRows = (doc.xml.split('w:val="hr-log"')[1] ?? "").split(/<w:tr[ >]/).length - 2; // minus the header row
    expect(logRows).toBe(doc.data!.changeLog.length);
    expect(doc.data!.agreed?.initials).toBe("PH");
    // the one-line box holds one line: the new value with its stamp; the old value is in the log
    expect(doc.data!.lastAttributed.vervanger).toBe(`PH ${stampDay}, Ambiq: K. Bos, Ambiq`);
    expect(doc.data!.changeLog.some((e) => e.boxKey === "vervanger" && e.before === "J. Jansen, Ambiq")).toBe(true);
    // the row added after agreement is stamped in the document and logged, its cell as a correction
    expect(doc.text).toContain(`Toegevoegd: PH ${stampDay}, Ambiq`);
    expect(kinds).toContain("rowAdded");
    expect(doc.text).toContain("Crisisplan maken");
  });
});
