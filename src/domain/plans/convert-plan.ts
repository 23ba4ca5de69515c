// Decides how the plain handreiking becomes the locked form, from its paragraphs and tables as
// read (src/word/convert.ts reads and applies): which paragraph and cell gets which control, what
// the first log row says, and the new data part. Anything already typed is kept.
import { serializeDataPart } from "../data-part/data-xml-write";
import { newDataPart, type AppendedAfter, type DataPart } from "../data-part/data-part-model";
import { stampedByThisAddin } from "../data-part/format-version";
import { formatPersonText } from "../form/box-text";
import { boxKey } from "../form/boxes";
import { profilePrefill, type PrefillProfile } from "../form/form-values";
import { newRowKey } from "../form/row-key";
import { createEntry, type ChangeEntry, type Signer } from "../log/change-log";
import { toTableRow } from "../log/change-log-table";
import { convertedEntry } from "../log/edit-entries";
import { sealNewEntries, type EntryKey } from "../log/log-chain";
import { findField, TEMPLATE, type TemplateDef } from "../template";
import {
  closestTemplate,
  mapDocument,
  type DocSnapshot,
  type DocumentMap,
  type TablePlan,
} from "../template/document-map";
import { TEMPLATE_VERSIONS } from "../template/versions";

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

export interface ConvertInput extends ConvertOptions {
  snapshot: DocSnapshot;
  /** The host lets add-ins set a box's placeholder text (not Word on the web). */
  placeholders: boolean;
  /** Signs the first entry; null: unsigned. */
  key: EntryKey | null;
}

/** One step of the conversion, in the order Word applies them; indices are into the snapshot. */
export type ConvertOp =
  /** Static text: a hidden, locked control. */
  | { op: "lockParagraph"; paragraph: number }
  /** A table nobody expected (added by hand): kept, but locked like the rest. */
  | { op: "lockTable"; table: number }
  /** A label cell: locked. */
  | { op: "label"; table: number; row: number; column: number }
  /** A box: `text` replaces the cell's (a prefill from the profile); `hint` is its placeholder. */
  | {
      op: "box";
      table: number;
      row: number;
      column: number;
      key: string;
      title: string;
      hint: string | null;
      text?: string;
    }
  /** The log table: the first entry in its one empty row (`fillEmptyRow`) or in a row added at the end; then locked. */
  | { op: "log"; table: number; row: string[]; fillEmptyRow: boolean }
  /** The log table was removed by hand: a title and a new table at the end of the body. */
  | { op: "newLog"; title: string; columns: string[]; row: string[] };

export type ConvertPlan =
  | { ok: true; ops: ConvertOp[]; data: DataPart; xml: string; map: DocumentMap; keptBoxes: number }
  /** The document is not (or no longer) the plain handreiking: nothing is converted. */
  | { ok: false; code: "notHandreiking" };

/** What the boxes contribute: their operations, attributed texts, row order and kept texts. */
interface BoxesPlan {
  ops: ConvertOp[];
  lastAttributed: Record<string, string>;
  rowOrder: Record<string, string[]>;
  /** Boxes that held text before the conversion (not the ones prefilled from the profile). */
  kept: number;
}

type FieldsTable = Extract<TablePlan, { kind: "fields" }>;
type RowsTable = Extract<TablePlan, { kind: "rows" }>;

function planFields(plan: FieldsTable, input: ConvertInput, template: TemplateDef, out: BoxesPlan): void {
  const table = plan.tableIndex;
  for (const row of plan.rows) {
    const field = findField(row.fieldId, template)?.field;
    if (!field) continue;
    out.ops.push({ op: "label", table, row: row.row, column: 0 });
    const empty = row.text.trim() === "";
    const prefill = empty ? profilePrefill(field, input.owner) : undefined;
    const hint = input.placeholders ? field.hint : null;
    const box: ConvertOp = { op: "box", table, row: row.row, column: 1, key: field.id, title: field.label, hint };
    out.ops.push(prefill ? { ...box, text: formatPersonText(prefill) } : box);
    if (!prefill && !empty) out.kept += 1;
    out.lastAttributed[field.id] = prefill ? formatPersonText(prefill) : row.text;
  }
}

function planRows(plan: RowsTable, input: ConvertInput, template: TemplateDef, out: BoxesPlan): void {
  const table = plan.tableIndex;
  const field = findField(plan.fieldId, template)?.field;
  const columns = field?.columns ?? [];
  columns.forEach((_, c) => out.ops.push({ op: "label", table, row: 0, column: c }));
  const keys: string[] = [];
  plan.dataRows.forEach((cells, r) => {
    const rowKey = newRowKey(input.random, keys);
    keys.push(rowKey);
    columns.forEach((column, c) => {
      const key = boxKey({ fieldId: plan.fieldId, rowKey, columnId: column.id });
      const title = `${field?.label ?? ""}: ${column.label}`;
      out.ops.push({ op: "box", table, row: r + 1, column: c, key, title, hint: "" });
      out.lastAttributed[key] = cells[c] ?? "";
      if ((cells[c] ?? "").trim() !== "") out.kept += 1;
    });
  });
  out.rowOrder[plan.fieldId] = keys;
}

/** Static paragraphs first, then each table in order; the log table's row is written last. */
function planBoxes(map: DocumentMap, input: ConvertInput, template: TemplateDef): BoxesPlan {
  const out: BoxesPlan = { ops: [], lastAttributed: {}, rowOrder: {}, kept: 0 };
  for (const paragraph of map.staticParagraphs)
    if (paragraph < input.snapshot.paragraphs.length) out.ops.push({ op: "lockParagraph", paragraph });
  for (const plan of map.tables) {
    if (plan.tableIndex >= input.snapshot.tables.length) continue;
    if (plan.kind === "fields") planFields(plan, input, template, out);
    else if (plan.kind === "rows") planRows(plan, input, template, out);
    else if (plan.kind === "unknown") out.ops.push({ op: "lockTable", table: plan.tableIndex });
  }
  return out;
}

/** The first log row: into the plain document's one empty row (rows added later keep its formatting). */
function planLog(map: DocumentMap, snapshot: DocSnapshot, entry: ChangeEntry, template: TemplateDef): ConvertOp {
  const row = toTableRow(entry, template);
  // of several (not expected), the last is the log, as Word applied it before
  const log = map.tables.filter((t) => t.kind === "log" && t.tableIndex < snapshot.tables.length).pop();
  if (!log) return { op: "newLog", title: template.changeLog.title, columns: template.changeLog.columns, row };
  const values = snapshot.tables[log.tableIndex] ?? [];
  const second = values[1];
  const fillEmptyRow = values.length === 2 && second !== undefined && second.every((c) => c.trim() === "");
  return { op: "log", table: log.tableIndex, row, fillEmptyRow };
}

/** The whole conversion, or why there is none. */
export async function planConversion(input: ConvertInput): Promise<ConvertPlan> {
  // A plain document of an earlier version is converted as that version (the caller upgrades it).
  const template = input.template ?? closestTemplate(input.snapshot, TEMPLATE, TEMPLATE_VERSIONS);
  const now = input.now ?? new Date();
  const map = mapDocument(input.snapshot, template);
  if (map.kind !== "plain") return { ok: false, code: "notHandreiking" };
  const version = template.version;
  // `random` is drawn in this order (document id, row keys, entry id): a seeded run stays the same
  const fresh = newDataPart({ templateId: template.templateId, templateVersion: version, random: input.random });
  const boxes = planBoxes(map, input, template);
  const change = convertedEntry(version, boxes.kept, map.fieldsMissing.length);
  const entry = createEntry(change, input.signer, now, input.random);
  const data = await sealNewEntries(
    stampedByThisAddin({
      ...fresh,
      lastAttributed: boxes.lastAttributed,
      rowOrder: boxes.rowOrder,
      changeLog: [entry],
      ...(input.appendedAfter ? { appendedAfter: input.appendedAfter } : {}),
    }),
    1,
    input.key,
  );
  const ops = [...boxes.ops, planLog(map, input.snapshot, entry, template)];
  return { ok: true, ops, data, xml: serializeDataPart(data), map, keptBoxes: boxes.kept };
}
