// Every change the pane makes lands in ONE batch: the box text, its visible log row and the
// data part. Office.js applies a batch in order and stops at the first failing action, so
// the box is written first: if it fails, nothing else happens; if a later action fails, the
// box differs from its last attributed value and the next read lists it as unattributed —
// an edit can never be saved silently without its log entry.
import {
  entriesToArchive,
  formatUpgradeEntry,
  formatUpgradeNeeded,
  stampedByThisAddin,
  sealNewEntries,
  serializeDataPart,
  serializeLogArchive,
  toTableRow,
  type ChangeEntry,
  type DataPart,
} from "../domain";
import { queueWriteDataPart, type StorageRef } from "./storage";
import { signingKey } from "./signing-key";
import { TAG_LOG } from "./tags";

export interface FormHandle {
  /** The data part with the log as read: the whole log, or (logStart > 0) its newest entries only. */
  data: DataPart;
  storage: StorageRef;
  /** How many of the oldest entries are archived, in how many archive parts. */
  archive?: { count: number; parts: number };
  /** How many of the oldest entries are not in data.changeLog (archived and not read); 0 or absent: none. */
  logStart?: number;
  /**
   * Index (header = 0) of the visible log's row for the last entry, known only when the visible
   * log shows exactly the data part's log, one row per entry: only then may a write replace that
   * row (a fill session, see fill-session.ts).
   */
  lastLogRow?: number;
}

/** Queues appending rows to the locked log table (after removing row `replaceRow`, when given): unlock, add, relock in
 * the same batch. */
export function queueLogRows(context: Word.RequestContext, entries: readonly ChangeEntry[], replaceRow?: number): void {
  if (entries.length === 0) return;
  const logControl = context.document.contentControls.getByTag(TAG_LOG).getFirst();
  logControl.cannotEdit = false;
  const table = logControl.tables.getFirst();
  if (replaceRow !== undefined) table.deleteRows(replaceRow, 1);
  table.addRows(
    "End",
    entries.length,
    entries.map((e) => toTableRow(e)),
  );
  logControl.cannotEdit = true;
}

/**
 * Queues the log rows and the data part after the caller's own document writes, then syncs once.
 * `replacesLast`: the one new entry took the place of the log's last entry (a fill session,
 * see fill-session.ts); its visible row is replaced too. Only when `handle.lastLogRow` is known.
 */
export async function commit(
  context: Word.RequestContext,
  handle: FormHandle,
  unsealedData: DataPart,
  entries: readonly ChangeEntry[],
  now: Date = new Date(),
  replacesLast = false,
): Promise<FormHandle> {
  if (replacesLast && (entries.length !== 1 || handle.lastLogRow === undefined))
    // A programming error, never shown: only one entry replaces the last row, and only a known one.
    throw new Error("replacesLastNeedsOneKnownRow");
  // The first write to a document of an earlier data format upgrades it, logged once (format-upgrade.ts).
  const first = entries[0];
  const upgrade =
    first && formatUpgradeNeeded(unsealedData)
      ? formatUpgradeEntry(unsealedData, first, new Date(first.timestamp))
      : null;
  const all = upgrade ? [...entries, upgrade] : entries;
  const written = stampedByThisAddin(
    upgrade ? { ...unsealedData, changeLog: [...unsealedData.changeLog, upgrade] } : unsealedData,
  );
  // The new entries are the last of the log: sealed into the chain (see log-chain.ts) and signed
  // with the professional's key when the pane has one (no round trip: WebCrypto only).
  const data = await sealNewEntries(written, all.length, signingKey());
  queueLogRows(context, all, replacesLast ? handle.lastLogRow : undefined);
  let archive = handle.archive ?? { count: 0, parts: 0 };
  const logStart = handle.logStart ?? 0;
  // The data part's own entries: those after the archived ones (the log in memory starts at logStart).
  const own = (): ChangeEntry[] => data.changeLog.slice(archive.count - logStart);
  const archives: string[] = [];
  if (handle.storage.kind !== "settings") {
    // As many chunks as it takes: one write may add many entries (a merge, a repair), and the
    // data part must stay under Word on the web's limit whatever the write.
    for (let chunk = entriesToArchive(own()); chunk.length > 0; chunk = entriesToArchive(own())) {
      archives.push(serializeLogArchive({ documentId: data.documentId, seq: archive.parts + 1, entries: chunk }));
      archive = { count: archive.count + chunk.length, parts: archive.parts + 1 };
    }
  }
  const stored: DataPart = { ...data, changeLog: own() };
  if (archive.count > 0) stored.archivedEntries = archive.count;
  const write = queueWriteDataPart(context, handle.storage, serializeDataPart(stored), archives, now);
  await context.sync();
  const storage = await write.afterSync();
  const lastLogRow =
    handle.lastLogRow === undefined ? undefined : handle.lastLogRow + all.length - (replacesLast ? 1 : 0);
  return {
    data: archive.count > 0 ? { ...data, archivedEntries: archive.count } : data,
    storage,
    archive,
    ...(logStart > 0 ? { logStart } : {}),
    ...(lastLogRow === undefined ? {} : { lastLogRow }),
  };
}
