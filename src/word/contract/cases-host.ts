// Contract cases about custom XML parts, saving under a name and events.
import type { ContractCase } from "./types";
import { SCRATCH_NAMESPACE } from "./scratch";
// The Common API calls as storage.ts makes them, so the case checks the same code path.
import { commonCall as call } from "../storage";

/**
 * A modest part (about 250 KB, like the largest part the add-in writes: commit.ts keeps the log
 * under 200,000 characters per part). Word on the web refuses parts over ~1 MB
 * (https://github.com/OfficeDev/office-js/issues/2408); the self-test does not probe that limit.
 */
export function scratchXml(size = 250_000): string {
  const row = "<r>zelftest 0123456789 abcdefghijklmnopqrstuvwxyz</r>";
  return `<zelftest xmlns="${SCRATCH_NAMESPACE}">${row.repeat(Math.ceil(size / row.length))}</zelftest>`;
}

/** Word may hand back the part with an XML declaration; the add-in's parser accepts both. */
export function compareXml(sent: string, got: string): string {
  if (got === sent) return "gelijk";
  const withoutDeclaration = got.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, "");
  return withoutDeclaration === sent
    ? "gelijk, met XML-declaratie"
    : `anders (${got.length} tekens terug, ${sent.length} verstuurd)`;
}

const SAME_WITH_DECLARATION = "the data part parser reads the XML declaration too";

export const customXmlRoundTrip: ContractCase = {
  id: "custom-xml-roundtrip",
  title: "Gegevensdeel (custom XML) schrijven en teruglezen",
  relies:
    "Word.CustomXmlPartCollection.add + getXml gives back the same XML, for parts up to ~250 KB (the web refuses parts over ~1 MB, OfficeDev/office-js#2408).",
  source:
    "https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection; https://github.com/OfficeDev/office-js/issues/2408",
  emulatorAssumed: false,
  requires: ["WordApi", "1.4"],
  meaning:
    "De gegevens van het formulier (en het logboek) komen niet ongeschonden terug: het venster meldt dan een probleem met de gegevens.",
  expected: () => "gelijk",
  alternatives: () => [{ seen: "gelijk, met XML-declaratie", fallback: SAME_WITH_DECLARATION }],
  async run() {
    const xml = scratchXml();
    return Word.run(async (context) => {
      const part = context.document.customXmlParts.add(xml);
      const got = part.getXml();
      await context.sync();
      part.delete();
      await context.sync();
      return compareXml(xml, got.value);
    });
  },
};

export const commonCustomXml: ContractCase = {
  id: "common-custom-xml",
  title: "Gegevensdeel via de algemene Office-functies (Word 2019)",
  relies:
    "storage.ts on WordApi 1.3 hosts: Office.context.document.customXmlParts addAsync, getByNamespaceAsync, getXmlAsync and deleteAsync work on the same parts as the Word API.",
  source:
    "https://learn.microsoft.com/javascript/api/office/office.customxmlparts; https://learn.microsoft.com/javascript/api/office/office.customxmlpart",
  emulatorAssumed: true,
  requires: ["CustomXmlParts", "1.1"],
  meaning: "In Word 2019 kan het venster de gegevens van het formulier niet bewaren of teruglezen.",
  expected: () => "gevonden 1, gelijk, na verwijderen 0",
  alternatives: () => [
    { seen: "gevonden 1, gelijk, met XML-declaratie, na verwijderen 0", fallback: SAME_WITH_DECLARATION },
  ],
  async run() {
    const parts = Office.context.document.customXmlParts;
    const xml = scratchXml(20_000);
    const added = await call<Office.CustomXmlPart>((cb) => parts.addAsync(xml, cb));
    try {
      const found = await call<Office.CustomXmlPart[]>((cb) => parts.getByNamespaceAsync(SCRATCH_NAMESPACE, cb));
      const got = await call<string>((cb) => added.getXmlAsync(cb));
      await call<void>((cb) => added.deleteAsync(cb));
      const after = await call<Office.CustomXmlPart[]>((cb) => parts.getByNamespaceAsync(SCRATCH_NAMESPACE, cb));
      return `gevonden ${found.length}, ${compareXml(xml, got)}, na verwijderen ${after.length}`;
    } catch (error) {
      await call<void>((cb) => added.deleteAsync(cb)).catch(() => undefined);
      throw error;
    }
  },
};

export const saveWithName: ContractCase = {
  id: "save-with-name",
  title: "Opslaan onder een naam is beschikbaar",
  relies:
    "WordApi 1.5 Document.save(saveBehavior, fileName) exists (office-gateway saveWithName). Only its presence is checked: the self-test never saves.",
  source: "https://learn.microsoft.com/javascript/api/word/word.document#word-word-document-save-member(1)",
  emulatorAssumed: false,
  requires: ["WordApi", "1.5"],
  meaning: "'Opslaan onder de juiste naam' werkt niet; gebruik Opslaan als.",
  expected: () => "beschikbaar",
  async run() {
    return Word.run(async (context) =>
      Promise.resolve(typeof context.document.save === "function" ? "beschikbaar" : "ontbreekt"),
    );
  },
};

export const selectionEvent: ContractCase = {
  id: "selection-event",
  title: "Melding als de gebruiker in het document werkt",
  relies:
    "office-gateway onDocumentChanged: Office.context.document.addHandlerAsync(DocumentSelectionChanged) registers; the pane then re-reads after edits outside it.",
  source:
    "https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-addhandlerasync-member(1)",
  emulatorAssumed: true,
  meaning: "Wijzigingen buiten het venster worden pas gezien bij openen, terugkeren en opslaan.",
  expected: () => "aangemeld",
  alternatives: () => [
    { seen: /^(ontbreekt|geweigerd)/, fallback: "outside edits are found on open, focus and save only" },
  ],
  async run() {
    const doc = Office.context.document;
    if (typeof doc.addHandlerAsync !== "function") return "ontbreekt";
    const handler = () => undefined;
    try {
      await call<void>((cb) => doc.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler, cb));
    } catch (error) {
      return `geweigerd (${error instanceof Error ? error.message : "zonder code"})`;
    }
    await call<void>((cb) => doc.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler }, cb)).catch(
      () => undefined,
    );
    return "aangemeld";
  },
};
