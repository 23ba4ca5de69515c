// The decisions of reading a form, from plain data read from the document (src/word/read-form.ts
// reads): which control is which box, whether the archived log must be read, the whole log put
// together, and what kind of document it is.
import type { DataPart } from "../data-part/data-part-model";
import { parseLogArchive } from "../data-part/log-archive";
import { boxKey, BOX_TAG_PREFIX, parseBoxTag, TAG_LOG } from "../form/boxes";
import { tailStandsAlone } from "../log/log-chain";
import type { DocumentMap } from "../template/document-map";
import type { DataState } from "./view-findings";

export interface ControlSnapshot {
  id: number;
  tag: string;
  cannotDelete: boolean;
  /** The box's text (placeholder as ""); only read for controls tagged as boxes. */
  text: string;
}

export interface BoxInDocument {
  id: number;
  text: string;
  cannotDelete: boolean;
}

export interface ControlsReading {
  /** Box controls by box key. Duplicated tags keep the first. */
  boxes: Record<string, BoxInDocument>;
  /** How many distinct box tags were found. */
  boxesFound: number;
  /** Tags that appear on more than one control (a control copied by hand). */
  duplicateTags: string[];
  /** Ids of the second and later controls with the same tag. */
  duplicateIds: number[];
  /** Controls tagged hr:… that name no box of this template (tag edited by hand). */
  strangeTags: string[];
  hasLogTable: boolean;
  /** Controls whose tag is one of ours (hr…). */
  ours: number;
  /** Controls without a tag (LibreOffice keeps a form's controls but drops their tags and locks). */
  untaggedIds: number[];
}

/** Sorts the body's content controls into boxes, duplicates and strangers. */
export function readControls(controls: readonly ControlSnapshot[]): ControlsReading {
  const read: ControlsReading = {
    boxes: {},
    boxesFound: 0,
    duplicateTags: [],
    duplicateIds: [],
    strangeTags: [],
    hasLogTable: false,
    ours: 0,
    untaggedIds: [],
  };
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const cc of controls) {
    if (cc.tag === "") read.untaggedIds.push(cc.id);
    if (cc.tag.startsWith("hr")) read.ours += 1;
    if (cc.tag === TAG_LOG) read.hasLogTable = true;
    if (!cc.tag.startsWith(BOX_TAG_PREFIX)) continue;
    const ref = parseBoxTag(cc.tag);
    if (!ref) read.strangeTags.push(cc.tag);
    else if (seen.has(cc.tag)) {
      duplicates.add(cc.tag);
      read.duplicateIds.push(cc.id);
    } else {
      seen.add(cc.tag);
      read.boxes[boxKey(ref)] = { id: cc.id, text: cc.text, cannotDelete: cc.cannotDelete };
    }
  }
  return { ...read, boxesFound: seen.size, duplicateTags: [...duplicates] };
}

/** The data part the log belongs to (of several, the chosen one); null when there is none. */
export function mainData(data: DataState): DataPart | null {
  return data.status === "ok" || data.status === "several" ? data.data : null;
}

export interface ArchiveDecision {
  /** The archive parts are read and put in front of the data part's entries. */
  readsArchives: boolean;
  /** The first log entry checked: the visible rows read must reach back to it. */
  firstChecked: number;
}

/**
 * Opening a form (`tailOnly`) leaves the archived entries unread when the data part's own can be
 * checked alone; the whole check reads them. Then the visible rows must reach back to entry 0.
 */
export function archiveDecision(data: DataState, tailOnly: boolean): ArchiveDecision {
  const chosen = mainData(data);
  const tailAlone = chosen !== null && ((chosen.archivedEntries ?? 0) === 0 || tailStandsAlone(chosen));
  const readsArchives = chosen !== null && !(tailOnly && tailAlone);
  return { readsArchives, firstChecked: chosen === null || readsArchives ? 0 : (chosen.archivedEntries ?? 0) };
}

export interface ArchiveReading {
  count: number;
  parts: number;
  /** Fewer archived entries were found than the data part counts. */
  missing: boolean;
}

/** The data with its archived entries put in front of the data part's own: the whole log. */
function withArchivedEntries(data: DataState, main: DataPart, archiveXmls: readonly string[]) {
  const chunks = archiveXmls
    .map((xml) => parseLogArchive(xml))
    .flatMap((r) => (r.ok && r.archive.documentId === main.documentId ? [r.archive] : []))
    .sort((a, b) => a.seq - b.seq);
  const archived = chunks.flatMap((c) => c.entries);
  const expected = main.archivedEntries ?? 0;
  const full = { ...main, changeLog: [...archived.slice(0, expected), ...main.changeLog] };
  const archive: ArchiveReading = { count: expected, parts: chunks.length, missing: archived.length < expected };
  const whole: DataState = data.status === "several" ? { ...data, data: full } : { status: "ok", data: full };
  return { data: whole, archive };
}

/**
 * The log as far as it was read: with the archived entries in front (`readsArchives`), or the data
 * part's own entries after `logStart` unread ones. `archiveParts`: how many archive parts are listed.
 */
export function assembleLog(
  data: DataState,
  readsArchives: boolean,
  archiveXmls: readonly string[],
  archiveParts: number,
): { data: DataState; archive: ArchiveReading; logStart: number } {
  const main = mainData(data);
  if (!main) return { data, archive: { count: 0, parts: 0, missing: false }, logStart: 0 };
  const expected = main.archivedEntries ?? 0;
  if (readsArchives) return { ...withArchivedEntries(data, main, archiveXmls), logStart: 0 };
  return { data, archive: { count: expected, parts: archiveParts, missing: false }, logStart: expected };
}

export interface KindInput {
  controls: Pick<ControlsReading, "boxesFound" | "ours">;
  data: DataState;
  logRows: string[][] | null;
  documentMap: DocumentMap;
}

/** Form or not, and whether another program stripped the form's controls. */
export function documentKind(input: KindInput): {
  kind: "empty" | "plain" | "form" | "other";
  map: DocumentMap | null;
  stripped: boolean;
} {
  const { controls, data } = input;
  const logShown = (input.logRows?.length ?? 0) > 0;
  // A visible log with rows marks a form whose controls and data were both stripped.
  const isForm = controls.boxesFound > 0 || data.status !== "missing" || (controls.ours === 0 && logShown);
  return {
    kind: isForm ? "form" : input.documentMap.kind,
    map: isForm ? null : input.documentMap,
    stripped: controls.ours === 0 && data.status !== "future" && (data.status !== "missing" || logShown),
  };
}
