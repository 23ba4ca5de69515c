// Reads what the pane needs in at most two round trips.
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
import {
  BOX_TAG_PREFIX,
  mapDocument,
  tailStandsAlone,
  parseBoxTag,
  parseLogArchive,
  type DataPart,
  type DocumentMap,
  boxKey,
} from "../domain";
import type { Capabilities } from "./capabilities";
import { queueReadDataPart, type StorageRef, type StoredPart } from "./storage";
import { settleStoredData } from "./stored-data";
import { boxText } from "./controls";
import { TAG_LOG } from "./tags";
import { logRowsOf, queueShape, queueTail, queueWholeBody, wholeSnapshot } from "./read-tail";
import { withBodyContent } from "./body-content";

export interface BoxInDocument {
  id: number;
  text: string;
  cannotDelete: boolean;
}

export type DataState =
  | { status: "ok"; data: DataPart }
  | { status: "missing" }
  | { status: "unreadable"; error: string; raw: string }
  | { status: "several"; count: number; data: DataPart | null }
  /** Written by a newer add-in (a later namespace or data format): only read. `message`: which version, what to do. */
  | { status: "future"; message?: string };

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
  const body = context.document.body;
  const controls = body.contentControls;
  const paragraphs = body.paragraphs;
  const tables = body.tables;
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

  const boxes: Record<string, BoxInDocument> = {};
  const seen = new Set<string>();
  const duplicateTags = new Set<string>();
  const strangeTags: string[] = [];
  const duplicateIds: number[] = [];
  let hasLogTable = false;
  let ours = 0;
  const untaggedIds: number[] = [];
  for (const cc of controls.items) {
    const tag = cc.tag ?? "";
    if (tag === "") untaggedIds.push(cc.id);
    if (tag.startsWith("hr")) ours += 1;
    if (tag === TAG_LOG) hasLogTable = true;
    if (!tag.startsWith(BOX_TAG_PREFIX)) continue;
    const ref = parseBoxTag(tag);
    if (!ref) {
      strangeTags.push(tag);
      continue;
    }
    if (seen.has(tag)) {
      duplicateTags.add(tag);
      duplicateIds.push(cc.id);
      continue;
    }
    seen.add(tag);
    boxes[boxKey(ref)] = { id: cc.id, text: boxText(cc), cannotDelete: cc.cannotDelete };
  }

  let documentMap = tail ? tail.map() : mapDocument(wholeSnapshot(paragraphs, tables));
  // No text and no table: whether the body is really empty is judged on its OOXML (pictures,
  // charts, tracked deletions, fields, sections…), one more round trip only for such a body.
  if (!tail && documentMap.kind === "empty") documentMap = await withBodyContent(context, paragraphs, tables);
  let rowsStart = tail?.rowsStart ?? 0;
  let logRows = logRowsOf(documentMap);
  let settled = settleStoredData(stored, logRows, rowsStart);
  let data = settled.data;
  const chosen = data.status === "ok" ? data.data : data.status === "several" ? data.data : null;
  const tailAlone = chosen !== null && ((chosen.archivedEntries ?? 0) === 0 || tailStandsAlone(chosen));
  const readsArchives = chosen !== null && !(tailOnly && tailAlone);
  // The visible rows read must reach back to the first entry checked. They do whenever the data
  // part is under its budget (MAX_ENTRIES_IN_DATA_PART); else (a part written by an older
  // add-in, a tail that cannot be checked alone) the whole log table, in one more round trip.
  const firstChecked = chosen === null || readsArchives ? 0 : (chosen.archivedEntries ?? 0);
  const rest = tail && rowsStart > firstChecked ? tail.queueWholeLog() : null;

  // Older log entries live in archive parts of the same document: put the whole log together,
  // or (tail) leave them unread when the data part's own entries can be checked alone.
  let archive = { count: 0, parts: 0, missing: false };
  let logStart = 0;
  let archives: readonly StoredPart[] = stored.archives;
  if (readsArchives && stored.archives.length === 0 && stored.archiveParts > 0) archives = await stored.readArchives();
  if (rest) {
    // readArchives may have synced already (Word API parts); else one more round trip
    if (!rest.loaded()) await context.sync();
    documentMap = rest.map();
    rowsStart = 0;
    logRows = logRowsOf(documentMap);
    settled = settleStoredData(stored, logRows);
    data = settled.data;
  }
  // All rows of the visible log table (a fill session replaces its last row only when they are one per entry).
  const logPlan = documentMap.tables.find((t) => t.kind === "log");
  const logTableRows =
    tail && !rest ? tail.totalRows : logPlan ? (tables.items[logPlan.tableIndex]?.values.length ?? null) : null;
  const main = data.status === "ok" ? data.data : data.status === "several" ? data.data : null;
  if (main) {
    const expected = main.archivedEntries ?? 0;
    if (!readsArchives) {
      logStart = expected;
      archive = { count: expected, parts: stored.archiveParts, missing: false };
    } else ({ data, archive } = withArchivedEntries(data, main, archives));
  }

  // A visible log with rows marks a form whose controls and data were both stripped.
  const isForm = seen.size > 0 || data.status !== "missing" || (ours === 0 && (logRows?.length ?? 0) > 0);
  const map = isForm ? null : documentMap;
  return {
    kind: isForm ? "form" : (map?.kind ?? "other"),
    map,
    boxes,
    duplicateTags: [...duplicateTags],
    duplicateIds,
    strangeTags,
    hasLogTable,
    logRows,
    logTableRows,
    logRowsStart: rowsStart,
    data,
    storage: settled.storage,
    parts: settled.parts,
    archive,
    logStart,
    documentMap,
    untaggedIds,
    stripped: ours === 0 && data.status !== "future" && (data.status !== "missing" || (logRows?.length ?? 0) > 0),
    proxies: { tables, paragraphs },
  };
}

/** The data with its archived entries put in front of the data part's own: the whole log. */
function withArchivedEntries(
  data: DataState,
  main: DataPart,
  archives: readonly StoredPart[],
): { data: DataState; archive: FormRead["archive"] } {
  const chunks = archives
    .map((p) => parseLogArchive(p.xml))
    .flatMap((r) => (r.ok && r.archive.documentId === main.documentId ? [r.archive] : []))
    .sort((a, b) => a.seq - b.seq);
  const archived = chunks.flatMap((c) => c.entries);
  const expected = main.archivedEntries ?? 0;
  const full = { ...main, changeLog: [...archived.slice(0, expected), ...main.changeLog] };
  return {
    archive: { count: expected, parts: chunks.length, missing: archived.length < expected },
    data: data.status === "several" ? { ...data, data: full } : { status: "ok", data: full },
  };
}
