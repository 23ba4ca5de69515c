// Reads what the pane needs in at most two round trips; the decisions on what was read are
// src/domain/plans/form-reading.ts.
// { log: "whole" } (the default: repair, merge, the full check in the Logboek): the content
// controls with their text, every paragraph and table, and the data part (sync 1), the part's XML
// and the archive parts (sync 2).
// { log: "tail" } (opening the pane): neither side grows with the log. The data part holds the
// current state and the newest entries (commit.ts keeps it under a budget); the archive parts
// with the older entries are listed but not read. From the body, sync 1 reads the controls'
// tags (no text: the log control's text is the whole log) and the tables' row counts; sync 2 the
// boxes' texts, the other tables and the log table's header and newest rows, as many as a data
// part can hold entries (read-tail.ts). A document that is not a form (no boxes or no log
// control) gets the whole body in sync 2. Only when the rows read do not reach back to the first
// entry checked (a data part over its budget, a tail that cannot be checked alone) is the whole
// log table read, in one more round trip.
import { BOX_TAG_PREFIX, mapDocument, type DocumentMap } from "../domain";
import {
  archiveDecision,
  assembleLog,
  documentKind,
  readControls,
  type BoxInDocument,
  type ControlSnapshot,
  type ControlsReading,
} from "../domain/plans/form-reading";
import type { DataState } from "../domain/plans/view-findings";
import type { Capabilities } from "./capabilities";
import { queueReadDataPart, type StorageRef, type StoredPart, type StoredXml } from "./storage";
import { settleStoredData, type SettledData } from "./stored-data";
import { boxText } from "./controls";
import { logRowsOf, queueShape, queueTail, queueWholeBody, wholeSnapshot, type QueuedTail } from "./read-tail";
import { withBodyContent } from "./body-content";

export type { BoxInDocument } from "../domain/plans/form-reading";
export type { DataState } from "../domain/plans/view-findings";

export interface FormRead {
  kind: "empty" | "plain" | "form" | "other";
  /** Present for empty/plain/other: how the document maps onto the template. */
  map: DocumentMap | null;
  /** Box controls by box key, with their current text. Duplicated tags keep the first. */
  boxes: Record<string, BoxInDocument>;
  /** Tags that appear on more than one control (a control copied by hand). */
  duplicateTags: string[];
  /** Ids of the second and later controls with the same tag. */
  duplicateIds: number[];
  /** Controls tagged hr:… that name no box of this template (tag edited by hand). */
  strangeTags: string[];
  hasLogTable: boolean;
  /** Rows of the visible log table (header excluded), as the document shows them: the newest only when logRowsStart >
   * 0. */
  logRows: string[][] | null;
  /** All rows of the visible log table, header and empty rows included (null: no log table). */
  logTableRows: number | null;
  /** How many of the visible log's oldest rows were not read (opening a form: { log: "tail" }); 0: all. */
  logRowsStart: number;
  data: DataState;
  storage: StorageRef;
  /** Every part of ours, for repair (quarantine, delete). */
  parts: StoredPart[];
  /** Archived log entries found for this document, and in how many parts (missing: only known when read). */
  archive: { count: number; parts: number; missing: boolean };
  /** How many of the oldest log entries are not in `data` (archived, not read): 0 when the whole log was read. */
  logStart: number;
  /**
   * How the body maps onto the template (also for forms: repair finds cells by label). Opening a
   * form ({ log: "tail" }) reads no paragraphs (staticParagraphs and stepsFound are empty) and the
   * log table's newest rows only; repair and the whole check read everything.
   */
  documentMap: DocumentMap;
  /** Controls without a tag (LibreOffice keeps a form's controls but drops their tags and locks). */
  untaggedIds: number[];
  /**
   * The data part is there but not one of the add-in's controls is: the document went through a
   * program that strips tags and locks (LibreOffice). Repair rebuilds them from the template.
   */
  stripped: boolean;
  /** Proxies valid in this request context, for a repair in the same Word.run. */
  proxies: { tables: Word.TableCollection; paragraphs: Word.ParagraphCollection };
}

export interface ReadOptions {
  /** "tail": the data part's own entries only, unless the tail cannot be checked alone; "whole" (default): archived
   * entries too. */
  log?: "tail" | "whole";
}

export async function readForm(
  context: Word.RequestContext,
  caps: Capabilities,
  options: ReadOptions = {},
): Promise<FormRead> {
  const tailOnly = options.log === "tail";
  const { contentControls: controls, paragraphs, tables } = context.document.body;
  const partRead = queueReadDataPart(context, caps, { readArchives: !tailOnly });
  if (tailOnly) queueShape(controls, tables);
  else queueWholeBody(controls, paragraphs, tables);
  await context.sync();

  // Opening a form (boxes and the log control there): sync 2 reads the boxes' texts, the other
  // tables and only the log table's newest rows, beside the part's XML. Anything else: the whole
  // body, in sync 2.
  const tail = tailOnly ? queueTail(controls, tables) : null;
  if (tailOnly && !tail) queueWholeBody(controls, paragraphs, tables);
  const pending = partRead.afterFirstSync();
  if (pending.needsSync || tailOnly) await context.sync();
  const stored = await pending.finish();

  const read = readControls(controls.items.map(controlSnapshot));
  let bodyMap = tail ? tail.map() : mapDocument(wholeSnapshot(paragraphs, tables));
  // No text and no table: whether the body is really empty is judged on its OOXML (pictures,
  // charts, tracked deletions, fields, sections…), one more round trip only for such a body.
  if (!tail && bodyMap.kind === "empty") bodyMap = await withBodyContent(context, paragraphs, tables);
  const log = await readLog(context, stored, tail, bodyMap, tailOnly);
  return formReadOf(read, log, stored.archiveParts, tail, { tables, paragraphs });
}

/** The read put together: the log with its archive, and what kind of document it is. */
function formReadOf(
  controls: ControlsReading,
  log: LogRead,
  archiveParts: number,
  tail: QueuedTail | null,
  proxies: FormRead["proxies"],
): FormRead {
  const { documentMap, settled, logRows } = log;
  // All rows of the visible log table (a fill session replaces its last row only when they are one per entry).
  const logPlan = documentMap.tables.find((t) => t.kind === "log");
  // (a tail read did not load the log table's values: its row count is the tail's)
  const logTableRows =
    tail && !log.wholeLogRead
      ? tail.totalRows
      : logPlan
        ? (proxies.tables.items[logPlan.tableIndex]?.values.length ?? null)
        : null;
  const xmls = log.archives.map((p) => p.xml);
  const { data, archive, logStart } = assembleLog(settled.data, log.readsArchives, xmls, archiveParts);
  const { kind, map, stripped } = documentKind({ controls, data, logRows, documentMap });
  const { boxes, duplicateTags, duplicateIds, strangeTags, hasLogTable, untaggedIds } = controls;
  return {
    kind,
    map,
    boxes,
    duplicateTags,
    duplicateIds,
    strangeTags,
    hasLogTable,
    logRows,
    logTableRows,
    logRowsStart: log.rowsStart,
    data,
    storage: settled.storage,
    parts: settled.parts,
    archive,
    logStart,
    documentMap,
    untaggedIds,
    stripped,
    proxies,
  };
}

/** A content control as the domain sorts it; the text only of box controls (only theirs is loaded). */
function controlSnapshot(cc: Word.ContentControl): ControlSnapshot {
  const tag = cc.tag ?? "";
  return { id: cc.id, tag, cannotDelete: cc.cannotDelete, text: tag.startsWith(BOX_TAG_PREFIX) ? boxText(cc) : "" };
}

interface LogRead {
  documentMap: DocumentMap;
  /** Visible log rows before `logRows` that were not read. */
  rowsStart: number;
  logRows: string[][] | null;
  settled: SettledData;
  readsArchives: boolean;
  archives: readonly StoredPart[];
  /** The tail did not reach back far enough and the whole log table was read. */
  wholeLogRead: boolean;
}

/** Settles the data part against the visible log; reads the archive parts or the whole log table if needed. */
async function readLog(
  context: Word.RequestContext,
  stored: StoredXml,
  tail: QueuedTail | null,
  bodyMap: DocumentMap,
  tailOnly: boolean,
): Promise<LogRead> {
  const rowsStart = tail?.rowsStart ?? 0;
  const logRows = logRowsOf(bodyMap);
  const settled = settleStoredData(stored, logRows, rowsStart);
  const { readsArchives, firstChecked } = archiveDecision(settled.data, tailOnly);
  // The visible rows read must reach back to the first entry checked. They do whenever the data
  // part is under its budget (MAX_ENTRIES_IN_DATA_PART); else (a part written by an older
  // add-in, a tail that cannot be checked alone) the whole log table, in one more round trip.
  const rest = tail && rowsStart > firstChecked ? tail.queueWholeLog() : null;
  let archives: readonly StoredPart[] = stored.archives;
  if (readsArchives && stored.archives.length === 0 && stored.archiveParts > 0) archives = await stored.readArchives();
  const read = { documentMap: bodyMap, rowsStart, logRows, settled, readsArchives, archives, wholeLogRead: false };
  if (!rest) return read;
  // readArchives may have synced already (Word API parts); else one more round trip
  if (!rest.loaded()) await context.sync();
  const documentMap = rest.map();
  const wholeRows = logRowsOf(documentMap);
  return {
    ...read,
    documentMap,
    rowsStart: 0,
    logRows: wholeRows,
    settled: settleStoredData(stored, wholeRows),
    wholeLogRead: true,
  };
}
