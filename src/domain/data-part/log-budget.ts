// How much log the data part keeps before older entries move to archive parts (log-archive.ts),
// and how many entries can fit in it at most.
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import type { ChangeEntry } from "../log/change-log";
import { DATA_PART_NAMESPACE } from "./data-part-names";
import { writeEntry } from "./entry-xml";

/** The data part's own log stays under this size (characters of XML); older entries move out. */
export const MAIN_LOG_BUDGET = 200_000;
/** Each archive part holds about this much (far below Word on the web's ~1 MB per part). */
export const ARCHIVE_CHUNK_BUDGET = 150_000;

/** The oldest entries to archive so the data part's log fits its budget again (none when it fits). */
export function entriesToArchive(main: readonly ChangeEntry[]): ChangeEntry[] {
  if (main.length < 2 || serializedLogSize(main) <= MAIN_LOG_BUDGET) return [];
  const chunk: ChangeEntry[] = [];
  let size = 0;
  for (const entry of main.slice(0, -1)) {
    if (size >= ARCHIVE_CHUNK_BUDGET) break;
    chunk.push(entry);
    size += serializedLogSize([entry]);
  }
  return chunk;
}

/**
 * The fewest characters a sealed entry takes in the data part (one-letter id, initials and
 * organisation, kind "edit", empty description, its hash): test/domain/data-part.test.ts checks it.
 */
export const MIN_SEALED_ENTRY_CHARS = 210;
/**
 * At most this many entries fit in a data part kept under MAIN_LOG_BUDGET: opening the pane reads
 * this many of the visible log's newest rows, so the rows of the data part's entries are there
 * without knowing (before the part's XML arrives) how many entries it holds.
 */
export const MAX_ENTRIES_IN_DATA_PART = Math.ceil(MAIN_LOG_BUDGET / MIN_SEALED_ENTRY_CHARS);

/** Size of the entries as the data part would hold them (UTF-16 length of their XML). */
export function serializedLogSize(entries: readonly ChangeEntry[]): number {
  const doc = new DOMImplementation().createDocument(DATA_PART_NAMESPACE, "changeLog", null);
  const root = doc.documentElement;
  if (!root) return 0;
  for (const e of entries) writeEntry(doc, root, e);
  return new XMLSerializer().serializeToString(doc).length;
}
