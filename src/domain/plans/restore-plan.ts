// A form saved by a program that keeps the data part but strips the add-in's content controls'
// tags and locks (LibreOffice 7.4: every control stays, untagged, unlocked, inline in its own
// paragraph). The controls are rebuilt from the template: boxes found by label and table position
// (template/document-map.ts), the add-in's stamp lines recognised from the log, the static text
// compared with the template so text typed outside the boxes is reported, not locked in silently.
import type { DataPart } from "../data-part/data-part-model";
import { boxKey, rowPath, TAG_LABEL, TAG_LOG, TAG_STATIC } from "../form/boxes";
import { newRowKey } from "../form/row-key";
import { rowText, withRowsAdded, withRowsRemoved, type RowState } from "../form/row-edits";
import { stampLinesOf } from "../log/stamp";
import { cellText, type DocumentMap } from "../template/document-map";
import { findField, TEMPLATE } from "../template";
import {
  diffStaticTexts,
  expectedLabelText,
  expectedStaticTexts,
  type StaticTextChange,
} from "../template/static-text";
import { withoutEarlierParts } from "../template/upgrade";
import type { RepairNote } from "../text/repair";
import { cellId, type CellRef, type StampLine, type WrapBox } from "./cell-ops";

/** The text outside the boxes as read: the map's static paragraphs in order, every table's values. */
export interface StaticSnapshot {
  staticTexts: string[];
  tableValues: string[][][];
}

export interface RestoreSnapshot extends StaticSnapshot {
  /** Controls without a tag: unwrapped, their content stays. */
  untaggedIds: number[];
  /** Paragraph texts of every answer cell (cellsToRead), by cellId. */
  cellParagraphs: Record<string, string[]>;
}

export type RestoreOp =
  | { op: "unwrap"; controlId: number }
  | ({ op: "lockCell"; tag: string } & CellRef)
  | { op: "lockTable"; table: number; tag: string }
  | { op: "lockParagraph"; paragraph: number; tag: string }
  | ({ op: "deleteCellParagraph"; index: number } & CellRef)
  | WrapBox
  | StampLine;

/** A repair entry to log: its note, with before/after where text outside the boxes changed. */
export interface NoteEntry {
  note: RepairNote;
  before?: string;
  after?: string;
}

export interface RestorePlan {
  operations: RestoreOp[];
  data: DataPart;
  notes: NoteEntry[];
}

/** Where text outside the boxes differs from the template: paragraphs, then label cells. */
export function staticTextChangesOf(map: DocumentMap, read: StaticSnapshot): StaticTextChange[] {
  const outside = withoutEarlierParts(read.staticTexts, TEMPLATE.changeLog.title);
  const changes = diffStaticTexts(expectedStaticTexts(TEMPLATE), outside);
  for (const plan of map.tables) {
    if (plan.kind !== "fields") continue;
    const values = read.tableValues[plan.tableIndex] ?? [];
    for (const row of plan.rows) {
      const field = findField(row.fieldId)?.field;
      const shown = cellText(values[row.row]?.[0] ?? "");
      if (field && diffStaticTexts(expectedLabelText(field).split("\n"), shown.split("\n")).length > 0)
        changes.push({ before: expectedLabelText(field), after: shown });
    }
  }
  return changes;
}

/** The answer cells whose paragraphs a restore needs: every box cell the map finds. */
export function cellsToRead(map: DocumentMap): CellRef[] {
  return map.tables.flatMap((plan): CellRef[] => {
    if (plan.kind === "fields") return plan.rows.map((r) => ({ table: plan.tableIndex, row: r.row, col: 1 }));
    if (plan.kind !== "rows") return [];
    const columns = findField(plan.fieldId)?.field.columns ?? [];
    return plan.dataRows.flatMap((_, r) => columns.map((__, c) => ({ table: plan.tableIndex, row: r + 1, col: c })));
  });
}

export interface RestoreOptions {
  placeholders: boolean;
  /** The data part was lost too: the boxes' texts are taken over as they stand. */
  rebuilt: boolean;
  random?: () => number;
}

/** A box cell to rebuild. */
interface Cell extends CellRef {
  key: string;
  title: string;
  hint: string | null;
  fieldHint?: string;
  rowStampKey?: string;
}

export function planRestore(
  map: DocumentMap,
  read: RestoreSnapshot,
  data: DataPart,
  options: RestoreOptions,
): RestorePlan {
  const notes: NoteEntry[] = staticTextChangesOf(map, read).map((change) => ({
    note: {
      code: "staticChanged",
      change: change.before === "" ? "added" : change.after === "" ? "removed" : "changed",
    },
    before: change.before,
    after: change.after,
  }));
  const operations: RestoreOp[] = read.untaggedIds.map((controlId) => ({ op: "unwrap", controlId }));
  const tables = planTables(map, read, data, options, notes);
  operations.push(...tables.operations);
  for (const paragraph of map.staticParagraphs) operations.push({ op: "lockParagraph", paragraph, tag: TAG_STATIC });
  const lastAttributed = { ...tables.rows.lastAttributed };
  const stamps = stampLinesOf(data.changeLog);
  for (const cell of tables.cells)
    operations.push(...rebuildCell(cell, read.cellParagraphs[cellId(cell)] ?? [], stamps, lastAttributed, options));
  notes.unshift({ note: { code: "controlsRestored" } });
  return { operations, data: { ...data, rowOrder: tables.rows.rowOrder, lastAttributed }, notes };
}

/** The locks of each table, the cells to rebuild and the rows as the tables now hold them. */
function planTables(
  map: DocumentMap,
  read: RestoreSnapshot,
  data: DataPart,
  options: RestoreOptions,
  notes: NoteEntry[],
): { operations: RestoreOp[]; cells: Cell[]; rows: RowState } {
  const operations: RestoreOp[] = [];
  const cells: Cell[] = [];
  let rows: RowState = { lastAttributed: data.lastAttributed, rowOrder: data.rowOrder };
  for (const plan of map.tables) {
    const table = plan.tableIndex;
    if (table >= read.tableValues.length) continue;
    if (plan.kind === "fields") {
      for (const row of plan.rows) {
        const field = findField(row.fieldId)?.field;
        if (!field) continue;
        operations.push({ op: "lockCell", table, row: row.row, col: 0, tag: TAG_LABEL });
        const hint = options.placeholders ? field.hint : null;
        cells.push({ table, row: row.row, col: 1, key: field.id, title: field.label, hint, fieldHint: field.hint });
      }
    } else if (plan.kind === "rows") {
      const shown = { table, fieldId: plan.fieldId, rows: plan.dataRows.length };
      rows = planRowsTable(shown, rows, options, { operations, cells, notes });
    } else operations.push({ op: "lockTable", table, tag: plan.kind === "log" ? TAG_LOG : TAG_STATIC });
  }
  return { operations, cells, rows };
}

/** A table of rows: rows removed or added in another program are noted, every cell becomes a box. */
function planRowsTable(
  shown: { table: number; fieldId: string; rows: number },
  before: RowState,
  options: RestoreOptions,
  out: { operations: RestoreOp[]; cells: Cell[]; notes: NoteEntry[] },
): RowState {
  const { table, fieldId, rows: shownRows } = shown;
  const { operations, cells, notes } = out;
  const field = findField(fieldId)?.field;
  const label = field?.label ?? fieldId;
  const columns = field?.columns ?? [];
  columns.forEach((_, col) => operations.push({ op: "lockCell", table, row: 0, col, tag: TAG_LABEL }));
  const gone = (before.rowOrder[fieldId] ?? []).slice(shownRows);
  for (const rowKey of gone)
    notes.push({
      note: { code: "rowRemoved", label },
      before: rowText(before.lastAttributed, fieldId, rowKey, columns),
    });
  let rows = withRowsRemoved(before, fieldId, gone, columns);
  const added: string[] = [];
  while ((rows.rowOrder[fieldId] ?? []).length + added.length < shownRows) {
    added.push(newRowKey(options.random, [...(rows.rowOrder[fieldId] ?? []), ...added]));
    if (!options.rebuilt) notes.push({ note: { code: "rowAdded", label } });
  }
  rows = withRowsAdded(rows, fieldId, added, columns);
  (rows.rowOrder[fieldId] ?? []).forEach((rowKey, r) =>
    columns.forEach((column, col) =>
      cells.push({
        table,
        row: r + 1,
        col,
        key: boxKey({ fieldId, rowKey, columnId: column.id }),
        title: `${field?.label ?? ""}: ${column.label}`,
        hint: "",
        ...(col === 0 ? { rowStampKey: rowPath(fieldId, rowKey) } : {}),
      }),
    ),
  );
  return rows;
}

/** One cell: trailing stamp lines come out and go back as stamp notes after the new box. */
function rebuildCell(
  cell: Cell,
  paragraphs: string[],
  stamps: Set<string>,
  lastAttributed: Record<string, string>,
  options: RestoreOptions,
): RestoreOp[] {
  const at: CellRef = { table: cell.table, row: cell.row, col: cell.col };
  // Trailing lines the add-in wrote as stamps stay stamps (outside the box); the rest is the box.
  let end = paragraphs.length;
  while (end > 1 && stamps.has(paragraphs[end - 1]!.trim())) end -= 1;
  const trailing = paragraphs.slice(end);
  const ops: RestoreOp[] = trailing.map((_, i) => ({ op: "deleteCellParagraph", ...at, index: end + i }));
  // LibreOffice saves a shown placeholder (the hint) as real text: an empty box stays empty.
  const text = paragraphs.slice(0, end).join("\n").replace(/\n+$/, "");
  const placeholder = cell.fieldHint !== undefined && text === cell.fieldHint;
  if (options.rebuilt) lastAttributed[cell.key] = placeholder ? "" : text;
  const clear = placeholder && (lastAttributed[cell.key] ?? "") === "";
  ops.push({ op: "wrapBox", ...at, key: cell.key, title: cell.title, hint: cell.hint, ...(clear ? { clear } : {}) });
  for (const line of trailing) {
    const stamp = line.trim();
    const key = stamp.startsWith("Toegevoegd:") ? (cell.rowStampKey ?? cell.key) : cell.key;
    ops.push({ op: "stampLine", ...at, text: stamp, key });
  }
  return ops;
}
