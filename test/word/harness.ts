// Runs the Word layer against the emulator: one host per test, globals installed.
import { readFileSync } from "fs";
import path from "path";
import JSZip from "jszip";
import { createWordHost, type WordHost } from "word-host";
import type { ProfileName } from "word-host";
import { createOfficeGateway, currentCapabilities } from "../../src/word/office-gateway";
import {
  allFields,
  boxDefOf,
  formatBoxText,
  parseDataPart,
  type DataPart,
  type FieldValue,
  type Profile,
} from "../../src/domain";
import type { FormGateway, FormView } from "../../src/word/gateway";
import { loadTemplateBase64 } from "../../src/word/template-asset";

export const ROOT = path.resolve(__dirname, "../..");
export const PROFILES: ProfileName[] = ["web", "desktop", "office2019"];
export const PLAIN = path.join(ROOT, "assets/handreiking-regie.docx");
export const FILLED = path.join(ROOT, "test/fixtures/handreiking-ingevuld.docx");
export const LIBREOFFICE = path.join(ROOT, "test/fixtures/handreiking-libreoffice.docx");

export const PH: Profile = { initials: "PH", organisation: "Ambiq", name: "" };
export const ES: Profile = { initials: "ES", organisation: "Gemeente Hengelo", name: "" };

let current: WordHost | null = null;

/** `withoutSets: ["CustomXmlParts"]` on office2019: a Word 2019 as the add-in saw it before it used the Common API
 * parts (data in the settings). */
export async function startHost(
  profile: ProfileName,
  file?: string | Uint8Array,
  options: { withoutSets?: string[] } = {},
): Promise<WordHost> {
  current?.uninstall();
  const docx = typeof file === "string" ? readFileSync(file) : file;
  current = await createWordHost({
    profile,
    docx: docx ? new Uint8Array(docx) : undefined,
    withoutSets: options.withoutSets,
  });
  current.install(globalThis as unknown as Record<string, unknown>);
  return current;
}

export function stopHost(): void {
  current?.uninstall();
  current = null;
}

/** A fixed clock so stamps are predictable: 2 September 2020, 10:00 in Amsterdam. */
export const SEPT_2 = new Date("2020-09-02T08:00:00Z");

export function gatewayFor(now: () => Date = () => SEPT_2): FormGateway {
  return createOfficeGateway({ loadTemplateBase64, now });
}

export const caps = () => currentCapabilities();

/**
 * Fills a converted form through the gateway as a user would, box by box: every non-table field
 * from `values`, then the tables from `rows` (cells in column order; rows added where needed,
 * empty cells left alone). Returns the last view.
 */
export async function fillForm(
  gateway: FormGateway,
  values: Record<string, FieldValue>,
  rows: Record<string, string[][]>,
  profile: Profile,
): Promise<FormView> {
  let view = await gateway.open();
  for (const { field } of allFields()) {
    if (field.kind === "rows") continue;
    view = await gateway.writeBox(field.id, formatBoxText(boxDefOf(field), values[field.id] as never), profile);
  }
  for (const [fieldId, tableRows] of Object.entries(rows)) {
    const field = allFields().find((l) => l.field.id === fieldId)!.field;
    while ((view.data!.rowOrder[fieldId] ?? []).length < tableRows.length)
      view = await gateway.addRow(fieldId, profile);
    const keys = view.data!.rowOrder[fieldId]!;
    for (const [r, cells] of tableRows.entries()) {
      for (const [c, column] of field.columns!.entries()) {
        if (cells[c]) view = await gateway.writeBox(`${fieldId}.${keys[r]}.${column.id}`, cells[c]!, profile);
      }
    }
  }
  return view;
}

/** Reads the data part straight from the saved .docx (custom XML) or the settings, not through the add-in. */
export async function dataPartInFile(host: WordHost): Promise<DataPart | null> {
  const zip = await JSZip.loadAsync(await host.saveDocx());
  for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    if (xml.includes("urn:handreiking-regie:twente:form:1")) {
      const parsed = parseDataPart(xml);
      return parsed.ok ? parsed.data : null;
    }
  }
  const setting = host.Office.context.document.settings.get("handreikingRegie.dataPart");
  if (typeof setting === "string") {
    const parsed = parseDataPart(setting);
    return parsed.ok ? parsed.data : null;
  }
  return null;
}

/** The visible log table's rows (header excluded) as the document holds them. */
export async function visibleLogRows(): Promise<string[][]> {
  return Word.run(async (ctx) => {
    const tables = ctx.document.contentControls.getByTag("hr-log").getFirst().tables.getFirst();
    tables.load("values");
    await ctx.sync();
    return tables.values.slice(1);
  });
}

export async function boxText(tag: string): Promise<string> {
  return Word.run(async (ctx) => {
    const cc = ctx.document.contentControls.getByTag(tag).getFirst();
    cc.load("text");
    await ctx.sync();
    return cc.text;
  });
}

/** The XML of the package's custom XML parts in a namespace (what a saved file would hold). */
export function partsInPackage(host: WordHost, namespace: string): string[] {
  return host.engine.pkg.customParts.filter((p) => rootNamespace(p.xml) === namespace).map((p) => p.xml);
}

/** The namespace of a part's root element (a quarantine part holds other parts' XML as text). */
function rootNamespace(xml: string): string | null {
  const root = /^\s*(?:<\?xml[^>]*>\s*)?<[^>]*?\sxmlns="([^"]*)"/.exec(xml);
  return root?.[1] ?? null;
}

/** The data part edited in the file by hand: removed (null) or replaced by `xml`, for every profile alike. */
export function replaceDataParts(host: WordHost, xml: string | null): void {
  const pkg = host.engine.pkg;
  pkg.customParts = pkg.customParts.filter((p) => rootNamespace(p.xml) !== "urn:handreiking-regie:twente:form:1");
  if (xml !== null) pkg.customParts.push({ id: "{0D0D0D0D-0000-4000-8000-000000000001}", xml });
}

/** Someone editing the visible log table by hand: unlocked, changed, locked again, in one batch. */
export async function editLogTable(change: (table: Word.Table) => void): Promise<void> {
  await Word.run(async (ctx) => {
    const log = ctx.document.contentControls.getByTag("hr-log").getFirst();
    log.cannotEdit = false;
    change(log.tables.getFirst());
    log.cannotEdit = true;
    await ctx.sync();
  });
}
