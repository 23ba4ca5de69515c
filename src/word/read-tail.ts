// What opening a form reads from the body, so that it does not grow with the log: sync 1 the
// controls without their text and the tables' row counts (and which one is the log's); sync 2
// the boxes' texts, the other tables and only the log table's header and newest rows.
// Requirement sets (all WordApi 1.3, the add-in's minimum):
// https://learn.microsoft.com/javascript/api/word/word.table (rowCount, getCell, parentContentControlOrNullObject)
// https://learn.microsoft.com/javascript/api/word/word.tablecell (parentRow)
// https://learn.microsoft.com/javascript/api/word/word.tablerow (values: "the text values in the row, as a 2D
// JavaScript array"; getNext)
import { BOX_TAG_PREFIX, mapDocument, MAX_ENTRIES_IN_DATA_PART, type DocSnapshot, type DocumentMap } from "../domain";
import { TAG_LOG } from "./tags";

/** Sync 1 of opening: tags and locks of the controls (no text: the log control's text is the whole log), the tables'
 * sizes. */
export function queueShape(controls: Word.ContentControlCollection, tables: Word.TableCollection): void {
  controls.load("items/id,items/tag,items/placeholderText,items/cannotDelete");
  tables.load("items/rowCount,items/parentContentControlOrNullObject/tag");
}

/** The whole body: every control's text, every paragraph, every table (the read before opening read a tail). */
export function queueWholeBody(
  controls: Word.ContentControlCollection,
  paragraphs: Word.ParagraphCollection,
  tables: Word.TableCollection,
): void {
  controls.load("items/id,items/tag,items/text,items/placeholderText,items/cannotDelete");
  paragraphs.load("items/text,items/tableNestingLevel");
  tables.load("items/values");
}

export function wholeSnapshot(paragraphs: Word.ParagraphCollection, tables: Word.TableCollection): DocSnapshot {
  return {
    paragraphs: paragraphs.items.map((p) => ({ text: p.text, tableNestingLevel: p.tableNestingLevel })),
    tables: tables.items.map((t) => t.values),
  };
}

export function logRowsOf(map: DocumentMap): string[][] | null {
  const plan = map.tables.find((t) => t.kind === "log");
  return plan?.kind === "log" ? plan.dataRows : null;
}

export interface QueuedTail {
  /** Visible log rows (header excluded) before the ones read. */
  rowsStart: number;
  /** All rows of the log table, header and empty rows included. */
  totalRows: number;
  /** The map of what sync 2 read: no paragraphs, the log table as its header and newest rows. */
  map(): DocumentMap;
  /** Queues the whole log table (the rows read do not reach back far enough); then map() again. */
  queueWholeLog(): { loaded(): boolean; map(): DocumentMap };
}

/**
 * After sync 1: queues sync 2 of opening a form, or returns null when the document is not one
 * (no box control, or no table inside the log control): then the whole body is read.
 */
export function queueTail(controls: Word.ContentControlCollection, tables: Word.TableCollection): QueuedTail | null {
  const logIndex = tables.items.findIndex(
    (t) => !t.parentContentControlOrNullObject.isNullObject && t.parentContentControlOrNullObject.tag === TAG_LOG,
  );
  const boxes = controls.items.filter((cc) => (cc.tag ?? "").startsWith(BOX_TAG_PREFIX));
  if (logIndex < 0 || boxes.length === 0) return null;
  for (const cc of boxes) cc.load("text");
  const others = tables.items.map((t, i) => (i === logIndex ? null : t.load("values")));
  const logTable = tables.items[logIndex]!;
  const total = logTable.rowCount;
  const read = Math.min(total - 1, MAX_ENTRIES_IN_DATA_PART);
  // The first row wanted by its first cell, the rest each from the one before (Table.rows would
  // bring every row of the log; getCell per row would have Word find each row from the top).
  const header = logTable.getCell(0, 0).parentRow.load("values");
  const newest: Word.TableRow[] = [];
  for (let i = 0; i < read; i++)
    newest.push((i === 0 ? logTable.getCell(total - read, 0).parentRow : newest[i - 1]!.getNext()).load("values"));
  const snapshot = (log: string[][]): DocSnapshot => ({
    paragraphs: [],
    tables: others.map((t) => (t ? t.values : log)),
  });
  return {
    rowsStart: total - 1 - read,
    totalRows: total,
    map: () => mapDocument(snapshot([header, ...newest].map((r) => r.values[0] ?? []))),
    queueWholeLog() {
      logTable.load("values");
      return {
        loaded: () => logTable.toJSON().values !== undefined,
        map: () => mapDocument(snapshot(logTable.values)),
      };
    },
  };
}
