// Turns the plain handreiking into the locked form, keeping anything already typed.
// Two round trips whatever the number of boxes: load paragraphs and tables, then one batch
// that wraps every box and every piece of static text in a content control, writes the
// first log row and adds the data part.
import {
  boxKey,
  convertedEntry,
  createEntry,
  sealNewEntries,
  findField,
  formatPersonText,
  mapDocument,
  newDataPart,
  newRowKey,
  profilePrefill,
  serializeDataPart,
  stampedByThisAddin,
  toTableRow,
  TEMPLATE,
  TEMPLATE_VERSIONS,
  closestTemplate,
  type AppendedAfter,
  type DataPart,
  type DocumentMap,
  type PrefillProfile,
  type Signer,
  type TemplateDef,
} from "../domain";
import type { Capabilities } from "./capabilities";
import { WordLayerError } from "./errors";
import { freshStorage, queueWriteDataPart, type StorageRef } from "./storage";
import { lockControl, makeBox } from "./controls";
import { TAG_LABEL, TAG_LOG, TAG_STATIC } from "./tags";
import { assertBodyEmpty } from "./body-content";
import { signingKey } from "./signing-key";

export interface ConvertOptions {
  signer: Signer;
  /**
   * Name and organisation for the box the form asks them for (prefill: "profile", the Beheerder
   * box) while it is empty; the name goes nowhere else (the log signs with initials).
   */
  owner?: PrefillProfile;
  now?: Date;
  random?: () => number;
  template?: TemplateDef;
  /** The form goes after existing content: where that content ended (for "Handreiking weer weghalen"). */
  appendedAfter?: AppendedAfter;
}

export interface ConvertResult {
  data: DataPart;
  storage: StorageRef;
  map: DocumentMap;
  /** Boxes that already held text and were taken over. */
  keptBoxes: number;
}

/** Loads the body; the proxies stay valid for the write batch in the same context. */
function queueSnapshot(context: Word.RequestContext) {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text,items/tableNestingLevel");
  const tables = context.document.body.tables;
  tables.load("items/values");
  return { paragraphs, tables };
}

export async function convertDocument(
  context: Word.RequestContext,
  caps: Capabilities,
  options: ConvertOptions,
): Promise<ConvertResult> {
  const { paragraphs, tables } = queueSnapshot(context);
  await context.sync();
  return convertLoaded(context, caps, options, paragraphs.items, tables.items);
}

/** Inserts the bundled plain handreiking into an empty document and converts it (2 syncs). */
export async function newFromTemplate(
  context: Word.RequestContext,
  caps: Capabilities,
  base64Docx: string,
  options: ConvertOptions,
): Promise<ConvertResult> {
  // "Replace" would delete whatever the body holds: only into a body that is empty, checked now
  // (the pane's view may be older than the document)
  await assertBodyEmpty(context);
  context.document.body.insertFileFromBase64(base64Docx, "Replace");
  const { paragraphs, tables } = queueSnapshot(context);
  await context.sync();
  return convertLoaded(context, caps, options, paragraphs.items, tables.items);
}

/**
 * Converts the paragraphs and top-level tables given (all of a plain handreiking, or only the part
 * appended after other content: append-template.ts). Nothing outside them is touched.
 */
export async function convertLoaded(
  context: Word.RequestContext,
  caps: Capabilities,
  options: ConvertOptions,
  paragraphItems: readonly Word.Paragraph[],
  tableItems: readonly Word.Table[],
): Promise<ConvertResult> {
  const paragraphs = { items: paragraphItems };
  const tables = { items: tableItems };
  const snapshot = {
    paragraphs: paragraphs.items.map((p) => ({ text: p.text, tableNestingLevel: p.tableNestingLevel })),
    tables: tables.items.map((t) => t.values),
  };
  // A plain document of an earlier version is converted as that version (the caller upgrades it).
  const template = options.template ?? closestTemplate(snapshot, TEMPLATE, TEMPLATE_VERSIONS);
  const now = options.now ?? new Date();
  const map = mapDocument(snapshot, template);
  if (map.kind !== "plain") {
    throw new WordLayerError("notFound", "Dit document is niet (meer) de Handreiking Regie; er is niets omgezet.");
  }

  let data = newDataPart({
    templateId: template.templateId,
    templateVersion: template.version,
    random: options.random,
  });
  const lastAttributed: Record<string, string> = {};
  const rowOrder: Record<string, string[]> = {};
  let logTable: Word.Table | null = null;
  /** Boxes that held text before the conversion (not the ones prefilled from the profile). */
  let kept = 0;

  for (const index of map.staticParagraphs) {
    const paragraph = paragraphs.items[index];
    if (paragraph) lockControl(paragraph.insertContentControl(), TAG_STATIC);
  }
  for (const plan of map.tables) {
    const table = tables.items[plan.tableIndex];
    if (!table) continue;
    if (plan.kind === "fields") {
      for (const row of plan.rows) {
        const field = findField(row.fieldId, template)?.field;
        if (!field) continue;
        lockControl(table.getCell(row.row, 0).body.insertContentControl(), TAG_LABEL);
        const box = table.getCell(row.row, 1).body.insertContentControl();
        makeBox(box, field.id, field.label, caps.placeholders ? field.hint : null);
        const prefill = row.text.trim() === "" ? profilePrefill(field, options.owner) : undefined;
        if (prefill) box.insertText(formatPersonText(prefill), "Replace");
        else if (row.text.trim() !== "") kept += 1;
        lastAttributed[field.id] = prefill ? formatPersonText(prefill) : row.text;
      }
    } else if (plan.kind === "rows") {
      const field = findField(plan.fieldId, template)?.field;
      const columns = field?.columns ?? [];
      columns.forEach((_, c) => lockControl(table.getCell(0, c).body.insertContentControl(), TAG_LABEL));
      const keys: string[] = [];
      plan.dataRows.forEach((cells, r) => {
        const rowKey = newRowKey(options.random, keys);
        keys.push(rowKey);
        columns.forEach((column, c) => {
          const key = boxKey({ fieldId: plan.fieldId, rowKey, columnId: column.id });
          makeBox(
            table.getCell(r + 1, c).body.insertContentControl(),
            key,
            `${field?.label ?? ""}: ${column.label}`,
            "",
          );
          lastAttributed[key] = cells[c] ?? "";
          if ((cells[c] ?? "").trim() !== "") kept += 1;
        });
      });
      rowOrder[plan.fieldId] = keys;
    } else if (plan.kind === "log") {
      logTable = table;
    } else {
      // A table nobody expected (added by hand): keep it, but lock it like the rest.
      lockControl(table.insertContentControl(), TAG_STATIC);
    }
  }

  const missing = map.fieldsMissing.length;
  const entry = createEntry(convertedEntry(template.version, kept, missing), options.signer, now, options.random);
  data = await sealNewEntries(
    stampedByThisAddin({
      ...data,
      lastAttributed,
      rowOrder,
      changeLog: [entry],
      ...(options.appendedAfter ? { appendedAfter: options.appendedAfter } : {}),
    }),
    1,
    signingKey(),
  );

  const firstRow = toTableRow(entry, template);
  if (logTable) {
    // Write the first row while the table is still unlocked, then lock it. The plain document
    // has one empty row under the header: filling it keeps rows added later in its formatting.
    const table = logTable as Word.Table;
    const second = table.values[1];
    if (table.values.length === 2 && second && second.every((c) => c.trim() === "")) {
      firstRow.forEach((text, c) => table.getCell(1, c).body.insertText(text, "Replace"));
    } else {
      table.addRows("End", 1, [firstRow]);
    }
    lockControl(table.insertContentControl(), TAG_LOG);
  } else {
    // The log table was removed by hand: the form gets a new one at the end.
    const body = context.document.body;
    lockControl(body.insertParagraph(template.changeLog.title, "End").insertContentControl(), TAG_STATIC);
    lockControl(
      body
        .insertTable(2, template.changeLog.columns.length, "End", [template.changeLog.columns, firstRow])
        .insertContentControl(),
      TAG_LOG,
    );
  }
  const write = queueWriteDataPart(context, freshStorage(caps), serializeDataPart(data));
  await context.sync();
  const storage = await write.afterSync();
  return { data, storage, map, keptBoxes: kept };
}
