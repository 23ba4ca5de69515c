// The pane's edits, each ONE round trip (see commit.ts): write a box, amend it with a stamped
// line, agree the form at the MDO, add or remove a row, attribute edits made outside the pane.
// Before agreement, writing boxes and adding rows is logged per person and session (one entry,
// updated: fill-session.ts); after agreement every change is its own stamped entry.
import {
  agreementDescription,
  amendmentEntry,
  correctionEntry,
  rowAddedEntry,
  rowNumberOf,
  rowRemovedEntry,
  stepOfBox,
  withAuthoredEntries,
  withEntries,
  withFillSession,
  amendedText,
  amsterdamDay,
  boxTextProblem,
  normaliseBoxInput,
  lastEntryIntact,
  formatStamp,
  newRowKey,
  nextFormVersion,
  outsideEditEntry,
  rowBoxKeys,
  rowPath,
  rowsField,
  rowText,
  withRowsAdded,
  withRowsRemoved,
  stampCheckOf,
  type AttributedOutsideEdit,
  type AuthoredInput,
  type AgreementNote,
  type DataPart,
  type EntryContext,
} from "../domain";
import { commit, type FormHandle } from "./commit";
import { boxControl, boxText } from "./controls";
import { WordLayerError } from "./errors";
import { queueNewRows, queueRemoveRow } from "./rows";
import { TAG_STAMP_PREFIX } from "./tags";
import { CHANGED_MEANWHILE, LAST_ROW, rowAddedNote } from "../domain/text/edits";

/** Who edits, when, and (in tests) the random source for entry ids. */
export type EditContext = EntryContext;

/** The box texts as the pane last read them from the document. */
export type BoxTexts = Record<string, string>;

/**
 * Before agreement: the fill session with `keys` added. The last entry is only replaced when its
 * visible row is known and it is intact (a tampered entry stays, so the log check still reports it).
 */
async function withSession(handle: FormHandle, data: DataPart, keys: string[], who: EditContext) {
  return withFillSession(data, keys, who, handle.lastLogRow !== undefined && (await lastEntryIntact(data.changeLog)));
}

/** Locks a stamp line the add-in wrote in the document; removing its row may remove it. */
export function stampNote(paragraph: Word.Paragraph, key: string): void {
  const note = paragraph.insertContentControl();
  note.tag = `${TAG_STAMP_PREFIX}${key}`;
  note.appearance = "Hidden";
  note.cannotEdit = true;
  note.cannotDelete = false;
}

function requireAttributed(handle: FormHandle, texts: BoxTexts, key: string): string {
  const current = texts[key];
  if (current === undefined) throw new WordLayerError("notFound");
  if (current !== (handle.data.lastAttributed[key] ?? "")) throw new WordLayerError("unattributed");
  return current;
}

/** Writes a box (a correction, after agreement): new text, log row with before/after, data part. */
export async function writeBox(
  context: Word.RequestContext,
  handle: FormHandle,
  texts: BoxTexts,
  key: string,
  rawText: string,
  who: EditContext,
): Promise<FormHandle> {
  const text = normaliseBoxInput(key, rawText);
  const problem = boxTextProblem(key, text);
  if (problem) throw new WordLayerError("invalid", { code: "worded", text: problem });
  const before = requireAttributed(handle, texts, key);
  if (before === text) return handle;
  const cc = boxControl(context, key);
  cc.insertText(text, "Replace");
  if (!handle.data.agreed) {
    const session = await withSession(handle, handle.data, [key], who);
    return commit(
      context,
      handle,
      { ...session.data, lastAttributed: { ...session.data.lastAttributed, [key]: text } },
      session.entries,
      who.now,
      session.replacesLast,
    );
  }
  // A correction after agreement says in the document who corrected and when: a locked line
  // under the box (outside it, so one-line boxes stay one line); each correction adds one.
  const stamp = formatStamp(who.signer, amsterdamDay(who.now ?? new Date()));
  stampNote(cc.insertParagraph(`${before === "" ? "Ingevuld" : "Gecorrigeerd"}: ${stamp}`, "After"), key);
  const { data, entries } = withEntries(
    handle.data,
    [correctionEntry(key, before, text, rowNumberOf(handle.data.rowOrder, key), stamp)],
    who,
  );
  return commit(context, handle, { ...data, lastAttributed: { ...data.lastAttributed, [key]: text } }, entries);
}

/** After agreement: appends "PH 20200902, Ambiq: text" as a new line in the box, and logs it. */
export async function amendBox(
  context: Word.RequestContext,
  handle: FormHandle,
  texts: BoxTexts,
  key: string,
  addition: string,
  who: EditContext,
): Promise<FormHandle> {
  if (!handle.data.agreed) throw new WordLayerError("invalid", { code: "amendBeforeAgreed" });
  const before = requireAttributed(handle, texts, key);
  let line: string;
  try {
    line = formatStamp(who.signer, amsterdamDay(who.now ?? new Date()), addition);
  } catch (error) {
    throw new WordLayerError("invalid", error instanceof Error ? { code: "worded", text: error.message } : undefined);
  }
  // A one-line box gets the stamped line instead of its value (the old value stays in the log).
  const after = amendedText(key, before, line);
  const problem = boxTextProblem(key, after);
  if (problem) throw new WordLayerError("invalid", { code: "worded", text: problem });
  const cc = boxControl(context, key);
  if (after === line) cc.insertText(line, "Replace");
  else cc.insertParagraph(line, "End");
  const entry = amendmentEntry(key, before, after, line, rowNumberOf(handle.data.rowOrder, key));
  const { data, entries } = withEntries(handle.data, [entry], who);
  return commit(context, handle, { ...data, lastAttributed: { ...data.lastAttributed, [key]: after } }, entries);
}

/** Marks the form as agreed at the MDO on the given day (YYYYMMDD). */
export async function agreeForm(
  context: Word.RequestContext,
  handle: FormHandle,
  day: string,
  who: EditContext,
  note?: AgreementNote,
): Promise<FormHandle> {
  if (handle.data.agreed) throw new WordLayerError("invalid", { code: "alreadyAgreed" });
  const agreed = { day, initials: who.signer.initials, organisation: who.signer.organisation };
  const { data, entries } = withEntries(
    handle.data,
    [{ kind: "agreed", description: agreementDescription(day, note) }],
    who,
  );
  return commit(context, handle, nextFormVersion({ ...data, agreed }), entries);
}

/** Adds an empty row at the end of a rows table: its cells become boxes. */
export async function addRow(
  context: Word.RequestContext,
  handle: FormHandle,
  fieldId: string,
  who: EditContext,
): Promise<{ handle: FormHandle; rowKey: string }> {
  const rows = rowsField(fieldId);
  const notFound = { code: "tableNotFound" } as const;
  if (!rows) throw new WordLayerError("notFound", notFound);
  const keys = handle.data.rowOrder[fieldId] ?? [];
  const rowKey = newRowKey(who.random, keys);
  const table = queueNewRows(context, rows.field, keys, [rowKey], notFound);
  const rowIndex = keys.length + 1; // header row first
  if (!handle.data.agreed) {
    // Before agreement a row added is part of the filler's session entry (fill-session.ts).
    const session = await withSession(handle, handle.data, [rowPath(fieldId, rowKey)], who);
    const next = withRowsAdded(session.data, fieldId, [rowKey], rows.columns);
    return { handle: await commit(context, handle, next, session.entries, who.now, session.replacesLast), rowKey };
  }
  // After agreement the document itself shows who added the row and when: a locked line in its
  // first cell, under the box (not in it, so the box keeps only its value and stays one line).
  const stamp = formatStamp(who.signer, amsterdamDay(who.now ?? new Date()));
  stampNote(table.getCell(rowIndex, 0).body.insertParagraph(rowAddedNote(stamp), "End"), rowPath(fieldId, rowKey));
  const { data, entries } = withEntries(handle.data, [rowAddedEntry(fieldId, keys.length + 1, stamp)], who);
  return {
    handle: await commit(context, handle, withRowsAdded(data, fieldId, [rowKey], rows.columns), entries),
    rowKey,
  };
}

/** Removes a row (its boxes are unlocked for deletion in the same batch); the last row stays. */
export async function removeRow(
  context: Word.RequestContext,
  handle: FormHandle,
  texts: BoxTexts,
  fieldId: string,
  rowKey: string,
  who: EditContext,
): Promise<FormHandle> {
  const rows = rowsField(fieldId);
  const keys = handle.data.rowOrder[fieldId] ?? [];
  if (!rows || !keys.includes(rowKey)) throw new WordLayerError("notFound");
  if (keys.length <= 1) throw new WordLayerError("invalid", { code: "lastRow" });
  rowBoxKeys(fieldId, rowKey, rows.columns).forEach((key) => requireAttributed(handle, texts, key));
  queueRemoveRow(context, fieldId, rowKey, rows.columns);
  const before = rowText(texts, fieldId, rowKey, rows.columns);
  const { data, entries } = withEntries(handle.data, [rowRemovedEntry(fieldId, keys.indexOf(rowKey) + 1, before)], who);
  return commit(context, handle, withRowsRemoved(data, fieldId, [rowKey], rows.columns), entries);
}

export { CHANGED_MEANWHILE, LAST_ROW };

/**
 * Logs outside edits with their real authors, after reading the boxes again in this same
 * Word.run (2 round trips): an edit is only logged for the text the document holds now.
 */
export async function attributeOutsideEdits(
  context: Word.RequestContext,
  handle: FormHandle,
  edits: readonly AttributedOutsideEdit[],
  who: EditContext,
): Promise<FormHandle> {
  if (edits.length === 0) return handle;
  const controls = edits.map((e) => {
    const cc = boxControl(context, e.key);
    cc.load("text,placeholderText");
    return cc;
  });
  await context.sync();
  const texts: BoxTexts = {};
  edits.forEach((e, i) => (texts[e.key] = boxText(controls[i]!)));
  if (edits.some((e) => texts[e.key] !== e.after || (handle.data.lastAttributed[e.key] ?? "") !== e.before))
    throw new WordLayerError("invalid", { code: "changedMeanwhile" });
  return recordOutsideEdits(context, handle, edits, who, texts);
}

/** Writes the log entries and the data part for outside edits already checked against the document (one round trip). */
export async function recordOutsideEdits(
  context: Word.RequestContext,
  handle: FormHandle,
  edits: readonly AttributedOutsideEdit[],
  who: EditContext,
  texts: BoxTexts = {},
): Promise<FormHandle> {
  const check = stampCheckOf(
    handle.data,
    { ...handle.data.lastAttributed, ...texts },
    amsterdamDay(who.now ?? new Date()),
  );
  let inputs: AuthoredInput[];
  try {
    inputs = edits.map((e) => outsideEditEntry(e, e.author, who.signer, check, stepOfBox(e.key)));
  } catch (error) {
    throw new WordLayerError("invalid", error instanceof Error ? { code: "worded", text: error.message } : undefined);
  }
  const { data, entries } = withAuthoredEntries(handle.data, inputs, who);
  const attributed = { ...data.lastAttributed };
  edits.forEach((e) => (attributed[e.key] = e.after));
  return commit(context, handle, { ...data, lastAttributed: attributed }, entries);
}
