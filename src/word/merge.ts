// Brings another copy's changes into this document (see domain/copies/compare-copies.ts), in ONE batch
// like every edit: new rows and their boxes, the changed boxes, removed rows, then the other
// copy's log entries and the merge records as log rows, then the data part. The visible log
// stays append-only: the other copy's entries follow this copy's, each with its own date.
import {
  AGREEMENT_CHOICE,
  adoptEntry,
  createEntry,
  isInRow,
  rowsField,
  withRowsAdded,
  withRowsRemoved,
  mergeEntries,
  mergeSummary,
  nextFormVersion,
  planMerge,
  type ChangeEntry,
  type CopyState,
  type DataPart,
  type MergeChoice,
  type MergePlan,
  type RowState,
} from "../domain";
import { commit, type FormHandle } from "./commit";
import { boxControl } from "./controls";
import { queueNewRows, queueRemoveRow } from "./rows";
import { stampNote, type EditContext } from "./edits";
import type { CopySource } from "./gateway";
import { WordLayerError } from "./errors";
import { MERGE_CHANGED } from "../domain/text/edits";

export { MERGE_CHANGED };

/** Every box the plan touches must still hold what was last attributed: nothing typed is overwritten. */
function checkAttributed(handle: FormHandle, texts: Record<string, string>, plan: MergePlan): void {
  const removed = Object.entries(plan.rowsToRemove).flatMap(([f, rows]) =>
    Object.keys(texts).filter((k) => rows.some((r) => isInRow(k, f, r))),
  );
  const touched = [...plan.boxUpdates.filter((u) => !u.newRow).map((u) => u.key), ...removed];
  for (const key of touched) {
    if ((texts[key] ?? "") !== (handle.data.lastAttributed[key] ?? "")) throw new WordLayerError("unattributed");
  }
}

/** Queues the other copy's new rows at the end of their tables, with a box per column. */
function queueMergedNewRows(context: Word.RequestContext, state: RowState, plan: MergePlan): RowState {
  for (const [fieldId, newKeys] of Object.entries(plan.newRowKeys)) {
    const notFound = { code: "mergeTableNotFound" } as const;
    const rows = rowsField(fieldId);
    if (!rows) throw new WordLayerError("notFound", notFound);
    queueNewRows(context, rows.field, state.rowOrder[fieldId] ?? [], newKeys, notFound);
    state = withRowsAdded(state, fieldId, newKeys, rows.columns);
  }
  return state;
}

/** Queues deleting the rows the other copy removed (their boxes are unlocked in the same batch). */
function queueMergedRemovedRows(context: Word.RequestContext, state: RowState, plan: MergePlan): RowState {
  for (const [fieldId, rows] of Object.entries(plan.rowsToRemove)) {
    const columns = rowsField(fieldId)?.columns ?? [];
    const keep = (state.rowOrder[fieldId] ?? []).filter((r) => !rows.includes(r));
    if (keep.length === 0) continue; // a table keeps at least one row: leave them rather than break the table
    for (const rowKey of rows) queueRemoveRow(context, fieldId, rowKey, columns);
    state = withRowsRemoved(state, fieldId, rows, columns);
  }
  return state;
}

/**
 * Applies the merge of `there` into this document with the user's choices for conflicting boxes.
 * The plan is made again from what was just read: a choice is never applied to a text the user
 * did not see.
 */
export async function mergeCopy(
  context: Word.RequestContext,
  handle: FormHandle,
  texts: Record<string, string>,
  there: CopyState,
  choices: Record<string, MergeChoice>,
  who: EditContext,
  source?: CopySource,
): Promise<FormHandle> {
  let plan: MergePlan;
  try {
    plan = planMerge({ data: handle.data, boxTexts: texts }, there, choices);
  } catch (error) {
    throw new WordLayerError("invalid", error instanceof Error ? { code: "worded", text: error.message } : undefined);
  }
  if (!plan.complete) throw new WordLayerError("invalid", { code: "mergeChanged" });
  checkAttributed(handle, texts, plan);

  const rows = queueMergedRemovedRows(
    context,
    queueMergedNewRows(context, { lastAttributed: handle.data.lastAttributed, rowOrder: handle.data.rowOrder }, plan),
    plan,
  );
  const attributed = { ...rows.lastAttributed };
  for (const u of plan.boxUpdates) {
    const cc = boxControl(context, u.key);
    cc.insertText(u.after, "Replace");
    // the other copy's stamp line, with its author's initials (a box's stamp lines say who changed it)
    if (u.stampLine) stampNote(cc.insertParagraph(u.stampLine, "After"), u.key);
    attributed[u.key] = u.after;
  }

  const records = mergeEntries(plan, who.signer, who.now ?? new Date(), who.random);
  // The other copy's MDO agreement is its word: taken over only when the user chose so (issue 27).
  const adoptAgreement = !handle.data.agreed && there.data.agreed !== null && choices[AGREEMENT_CHOICE] === "there";
  // the copies hold the same: nothing to write
  if (plan.entriesToAdd.length === 0 && records.length === 0) return handle;
  // One entry names the other copy: its file, its version and a hash of what it held. Its entries
  // are taken over as that copy says (they are sealed again into this copy's chain); they are
  // that copy's word, not checked here.
  const summary = createEntry(
    {
      kind: "merge",
      description: await mergeSummary(there, plan.entriesToAdd.length, source, adoptAgreement),
    },
    who.signer,
    who.now ?? new Date(),
    who.random,
  );
  const ids = new Set([...handle.data.changeLog, ...plan.entriesToAdd, ...records].map((e) => e.id));
  const named = ids.has(summary.id) ? { ...summary, id: `${summary.id}.m` } : summary;
  // A repair's acceptance of breaks belongs to the copy it was made in: it never travels (issue 27).
  // A signed entry keeps what its signature covers, so it can still be verified here (adopted-signature.ts).
  const taken = plan.entriesToAdd.map(adoptEntry);
  const entries: ChangeEntry[] = [...taken, ...records, named];
  let data: DataPart = {
    ...handle.data,
    changeLog: [...handle.data.changeLog, ...entries],
    lastAttributed: attributed,
    rowOrder: rows.rowOrder,
  };
  // The other copy was agreed at the MDO and this one not yet: chosen, that agreement holds here too.
  if (adoptAgreement && there.data.agreed) data.agreed = there.data.agreed;
  if (data.agreed)
    data = { ...nextFormVersion(data), formVersion: Math.max(handle.data.formVersion, there.data.formVersion) + 1 };
  return commit(context, handle, data, entries);
}
