// Steps of the journey shared by the meeting and keyboard suites: the profile, the boxes found by
// their accessible names (role + name, so a restyled pane keeps working), saving a box, and what
// the document's data part holds (the log).
import JSZip from "jszip";
import type { Locator, Page } from "playwright-core";
import { parseDataPart, type DataPart } from "../../src/domain";
import { documentDocx } from "./harness";

export const STEPS_NAV = "Onderdelen van de handreiking";

/** First use: the profile form. */
export async function setProfile(pane: Locator, initials: string, organisation: string): Promise<void> {
  await pane.getByRole("heading", { name: "Uw gegevens" }).waitFor();
  await pane.getByRole("textbox", { name: /Initialen/ }).fill(initials);
  await pane.getByRole("textbox", { name: /Organisatie/ }).fill(organisation);
  await pane.getByRole("button", { name: "Opslaan" }).click();
}

/** The box (a labelled group) named `label`. */
export function box(scope: Locator, label: string): Locator {
  return scope.getByRole("group", { name: label, exact: true }).first();
}

/**
 * A text field in `scope` (by its label, or the first one): a text box, or a combobox when it has a
 * pick list (names and organisations from Betrokkenen, stap 2).
 */
export function textField(scope: Locator, name?: string): Locator {
  const opts = name === undefined ? {} : { name, exact: true };
  return scope.getByRole("textbox", opts).or(scope.getByRole("combobox", opts)).first();
}

/** Before agreement leaving the box saves it; after agreement a correction has its own button. */
export async function save(b: Locator): Promise<void> {
  const correction = b.getByRole("button", { name: "Correctie opslaan" });
  if ((await correction.count()) > 0) await correction.click();
  else {
    if (!(await b.evaluate((el) => el.contains(document.activeElement))))
      await b.locator("input, select, textarea").first().focus();
    await b.page().locator("#pane h2").first().click();
  }
  await b.getByText(/Opgeslagen · /).waitFor({ timeout: 15_000 });
}

/**
 * After agreement a box is compact and read-only: its "Corrigeren" or "Aanvulling" button opens
 * its editor (one at a time). Does nothing when the box is already open or not yet agreed.
 */
export async function openBox(b: Locator, mode: "correct" | "amend"): Promise<void> {
  const opener = b.getByRole("button", { name: mode === "correct" ? /^Corrigeren: ‘/ : /^Aanvulling bij ‘/ });
  if ((await opener.count()) === 0) return;
  await opener.click();
  await b.getByRole("button", { name: "Sluiten" }).waitFor();
}

export async function fillText(scope: Locator, label: string, text: string): Promise<void> {
  const b = box(scope, label);
  await openBox(b, "correct");
  await textField(b).fill(text);
  await save(b);
}

export async function goTo(pane: Locator, part: RegExp): Promise<void> {
  await pane.getByRole("navigation", { name: STEPS_NAV }).getByRole("button", { name: part }).click();
}

/** The data part of the emulator's .docx now (null when it has none or it does not parse). */
export async function dataOf(page: Page): Promise<DataPart | null> {
  return dataOfDocx(await documentDocx(page));
}

export async function dataOfDocx(docx: Uint8Array): Promise<DataPart | null> {
  const zip = await JSZip.loadAsync(docx);
  for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    const part = await zip.file(name)!.async("string");
    if (part.includes("urn:handreiking-regie:twente:form:1")) {
      const parsed = parseDataPart(part);
      if (parsed.ok) return parsed.data;
    }
  }
  return null;
}

/** How many entries the log in the document has. */
export async function logLength(page: Page): Promise<number> {
  return (await dataOf(page))?.changeLog.length ?? 0;
}

/** The rows of the Logboek tab as the user sees them (then back to the Formulier tab). */
export async function visibleLog(pane: Locator): Promise<string[]> {
  await pane.getByRole("tab", { name: "Logboek" }).click();
  const list = pane.getByRole("list", { name: "Wijzigingen, nieuwste eerst" });
  await list.waitFor();
  const rows = await list.locator(":scope > li").allInnerTexts();
  await pane.getByRole("tab", { name: "Invullen" }).click();
  return rows;
}
