// Every change the pane makes lands in ONE batch: the box text, its visible log row and the
// data part. Office.js applies a batch in order and stops at the first failing action, so
// the box is written first: if it fails, nothing else happens; if a later action fails, the
// box differs from its last attributed value and the next read lists it as unattributed —
// an edit can never be saved silently without its log entry.
import { serializeDataPart, toTableRow, type ChangeEntry, type DataPart } from "../domain";
import { persistSettings, queueWriteDataPart, type StorageRef } from "./storage";
import { TAG_LOG } from "./tags";

export interface FormHandle {
  data: DataPart;
  storage: StorageRef;
}

/** Queues appending rows to the locked log table: unlock, add, relock in the same batch. */
export function queueLogRows(context: Word.RequestContext, entries: readonly ChangeEntry[]): void {
  if (entries.length === 0) return;
  const logControl = context.document.contentControls.getByTag(TAG_LOG).getFirst();
  logControl.cannotEdit = false;
  logControl.tables.getFirst().addRows(
    "End",
    entries.length,
    entries.map((e) => toTableRow(e)),
  );
  logControl.cannotEdit = true;
}

/** Queues the log rows and the data part after the caller's own document writes, then syncs once. */
export async function commit(context: Word.RequestContext, handle: FormHandle, data: DataPart, entries: readonly ChangeEntry[]): Promise<FormHandle> {
  queueLogRows(context, entries);
  const storageAfter = queueWriteDataPart(context, handle.storage, serializeDataPart(data));
  await context.sync();
  const storage = storageAfter();
  await persistSettings(storage);
  return { data, storage };
}
