// Reads what the pane needs in at most two round trips: the content controls and the data
// part (sync 1), the part's XML (sync 2). A document that is not yet a form also gets its
// paragraphs and tables loaded in sync 1, so recognising it costs nothing extra.
// Opening the pane reads the log's tail only ({ log: "tail" }): the data part holds the current
// state and the newest entries (commit.ts keeps it under a budget), the archive parts with the
// older entries are listed but not read, so opening does not grow with the log. The whole log
// (repair, merge, the full check in the Logboek) is read with { log: "whole" }, the default.
import { BOX_TAG_PREFIX, mapDocument, parseBoxTag, parseLogArchive, type DataPart, type DocumentMap, boxKey } from "../domain";
import type { Capabilities } from "./capabilities";
import { queueReadDataPart, type StorageRef, type StoredPart } from "./storage";
import { settleStoredData } from "./stored-data";
import { boxText } from "./controls";
import { TAG_LOG } from "./tags";

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
  | { status: "future" };

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
  /** Rows of the visible log table (header excluded), as the document shows them. */
  logRows: string[][] | null;
  /** All rows of the visible log table, header and empty rows included (null: no log table). */
  logTableRows: number | null;
  data: DataState;
  storage: StorageRef;
  /** Every part of ours, for repair (quarantine, delete). */
  parts: StoredPart[];
  /** Archived log entries found for this document, and in how many parts (missing: only known when read). */
  archive: { count: number; parts: number; missing: boolean };
  /** How many of the oldest log entries are not in `data` (archived, not read): 0 when the whole log was read. */
  logStart: number;
  /** How the body maps onto the template (also for forms: repair finds cells by label). */
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
  /** "tail": the data part's own entries only, unless the tail cannot be checked alone; "whole" (default): archived entries too. */
  log?: "tail" | "whole";
}

/** A tail can be checked and extended alone when every entry in it is sealed (see checkChain). */
export function tailStandsAlone(data: DataPart): boolean {
  return data.changeLog.length > 0 && data.changeLog.every((e) => e.hash !== undefined);
}

export async function readForm(context: Word.RequestContext, caps: Capabilities, options: ReadOptions = {}): Promise<FormRead> {
  const tailOnly = options.log === "tail";
  const body = context.document.body;
  const controls = body.contentControls;
  controls.load("items/id,items/tag,items/text,items/placeholderText,items/cannotDelete");
  const paragraphs = body.paragraphs;
  paragraphs.load("items/text,items/tableNestingLevel");
  const tables = body.tables;
  tables.load("items/values");
  const partRead = queueReadDataPart(context, caps, { readArchives: !tailOnly });
  await context.sync();

  const pending = partRead.afterFirstSync();
  if (pending.needsSync) await context.sync();
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

  const documentMap = mapDocument({
    paragraphs: paragraphs.items.map((p) => ({ text: p.text, tableNestingLevel: p.tableNestingLevel })),
    tables: tables.items.map((t) => t.values),
  });
  const logPlan = documentMap.tables.find((t) => t.kind === "log");
  const logRows = logPlan?.kind === "log" ? logPlan.dataRows : null;
  const logTableRows = logPlan ? (tables.items[logPlan.tableIndex]?.values.length ?? null) : null;
  const settled = settleStoredData(stored, logRows);
  let data = settled.data;

  // Older log entries live in archive parts of the same document: put the whole log together,
  // or (tail) leave them unread when the data part's own entries can be checked alone.
  let archive = { count: 0, parts: 0, missing: false };
  let logStart = 0;
  if (data.status === "ok" || (data.status === "several" && data.data)) {
    const main = data.status === "ok" ? data.data : data.data!;
    const expected = main.archivedEntries ?? 0;
    if (tailOnly && (expected === 0 || tailStandsAlone(main))) {
      logStart = expected;
      archive = { count: expected, parts: stored.archiveParts, missing: false };
    } else {
      const archives = stored.archives.length > 0 || stored.archiveParts === 0 ? stored.archives : await stored.readArchives();
      ({ data, archive } = withArchivedEntries(data, main, archives));
    }
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
function withArchivedEntries(data: DataState, main: DataPart, archives: readonly StoredPart[]): { data: DataState; archive: FormRead["archive"] } {
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
