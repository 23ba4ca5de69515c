// The pane's edits, each ONE round trip (see commit.ts): write a box, amend it with a stamped
// line, agree the form at the MDO, add or remove a row, attribute edits made outside the pane.
// Before agreement, writing boxes and adding rows is logged per person and session (one entry,
// updated: fill-session.ts); after agreement every change is its own stamped entry.
import {
  agreementDescription,
  amendedText,
  amsterdamDay,
  appendEntry,
  boxTextProblem,
  normaliseBoxInput,
  parseBoxKey,
  createEntry,
  fillSessionEntry,
  findField,
  lastEntryIntact,
  formatStamp,
  newRowKey,
  nextFormVersion,
  outsideEditEntry,
  rowBoxKeys,
  rowPath,
  rowsField,
  rowText,
  splitBoxKey,
  withRowsAdded,
  withRowsRemoved,
  stampCheckOf,
  type AttributedOutsideEdit,
  type AgreementNote,
  type ChangeEntry,
  type DataPart,
  type NewEntry,
  type Signer,
} from "../domain";
import { commit, type FormHandle } from "./commit";
import { boxControl, boxText } from "./controls";
import { WordLayerError } from "./errors";
import { queueNewRows, queueRemoveRow } from "./rows";
import { TAG_STAMP_PREFIX } from "./tags";

export interface EditContext {
  signer: Signer;
  now?: Date;
  random?: () => number;
}

/** The box texts as the pane last read them from the document. */
export type BoxTexts = Record<string, string>;

function stepOf(key: string): string | undefined {
  return findField(splitBoxKey(key).fieldId)?.step.id;
}

/** One entry to add: what changed, who made it and, for a hand stamp, the day they stamped. */
interface AuthoredInput {
  input: NewEntry;
  author: Signer;
  day?: string;
  extra?: Pick<ChangeEntry, "authorSource" | "recorderInitials" | "recorderOrganisation">;
}

/** Adds entries; after agreement every change is a new version that remembers the previous one. */
function withAuthoredEntries(
  data: DataPart,
  inputs: AuthoredInput[],
  who: EditContext,
): { data: DataPart; entries: ChangeEntry[] } {
  const now = who.now ?? new Date();
  let log = data.changeLog;
  const entries = inputs.map(({ input, author, day, extra }) => {
    const make = (): ChangeEntry => ({
      ...createEntry(input, author, now, who.random),
      ...(day ? { day } : {}),
      ...extra,
    });
    let entry = make();
    // Two entries in the same millisecond get distinct ids from the random part; make sure.
    while (log.some((e) => e.id === entry.id)) entry = make();
    log = appendEntry(log, entry);
    return entry;
  });
  const next = { ...data, changeLog: [...log] };
  return { data: data.agreed ? nextFormVersion(next) : next, entries };
}

function withEntries(data: DataPart, inputs: NewEntry[], who: EditContext): { data: DataPart; entries: ChangeEntry[] } {
  return withAuthoredEntries(
    data,
    inputs.map((input) => ({ input, author: who.signer })),
    who,
  );
}

/**
 * Before agreement: the fill session of this person (fill-session.ts) with `keys` added — the log's
 * last entry updated, or a new one. The last entry is only replaced when its visible row is known
 * and it is intact (a tampered entry stays, so the log check still reports it).
 */
function withFillSession(
  handle: FormHandle,
  data: DataPart,
  keys: string[],
  who: EditContext,
): { data: DataPart; entries: ChangeEntry[]; replacesLast: boolean } {
  const now = who.now ?? new Date();
  const log = data.changeLog;
  const mayContinue = handle.lastLogRow !== undefined && lastEntryIntact(log);
  let write = fillSessionEntry(log, keys, who.signer, now, who.random, mayContinue);
  const base = write.replacesLast ? log.slice(0, -1) : log;
  while (log.some((e) => e.id === write.entry.id))
    write = fillSessionEntry(log, keys, who.signer, now, who.random, mayContinue);
  return {
    data: { ...data, changeLog: appendEntry(base, write.entry) },
    entries: [write.entry],
    replacesLast: write.replacesLast,
  };
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
  if (problem) throw new WordLayerError("invalid", problem);
  const before = requireAttributed(handle, texts, key);
  if (before === text) return handle;
  const cc = boxControl(context, key);
  cc.insertText(text, "Replace");
  if (!handle.data.agreed) {
    const session = withFillSession(handle, handle.data, [key], who);
    return commit(
      context,
      handle,
      { ...session.data, lastAttributed: { ...session.data.lastAttributed, [key]: text } },
      session.entries,
      who.now,
      session.replacesLast,
    );
  }
  let description = before === "" ? "Ingevuld" : "Gewijzigd";
  const row = rowNumberOf(handle, key);
  if (row !== undefined) description = `Rij ${row}: ${description.toLocaleLowerCase("nl")}`;
  if (handle.data.agreed) {
    // A correction after agreement says in the document who corrected and when: a locked line
    // under the box (outside it, so one-line boxes stay one line); each correction adds one.
    const stamp = formatStamp(who.signer, amsterdamDay(who.now ?? new Date()));
    const what = before === "" ? "Ingevuld" : "Gecorrigeerd";
    stampNote(cc.insertParagraph(`${what}: ${stamp}`, "After"), key);
    description = `${row !== undefined ? `Rij ${row}: ${what.toLocaleLowerCase("nl")}` : what}, in het document gestempeld: ${stamp}`;
  }
  const { data, entries } = withEntries(
    handle.data,
    [{ kind: "edit", stepId: stepOf(key), boxKey: key, before, after: text, description }],
    who,
  );
  return commit(context, handle, { ...data, lastAttributed: { ...data.lastAttributed, [key]: text } }, entries);
}

/** The 1-based number of the row a cell's box is in, as the table shows it now; undefined for other boxes. */
function rowNumberOf(handle: FormHandle, key: string): number | undefined {
  const ref = parseBoxKey(key);
  if (ref?.rowKey === undefined) return undefined;
  const index = (handle.data.rowOrder[ref.fieldId] ?? []).indexOf(ref.rowKey);
  return index < 0 ? undefined : index + 1;
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
  if (!handle.data.agreed)
    throw new WordLayerError("invalid", "Aanvullen kan pas als de handreiking is vastgesteld in het MDO.");
  const before = requireAttributed(handle, texts, key);
  let line: string;
  try {
    line = formatStamp(who.signer, amsterdamDay(who.now ?? new Date()), addition);
  } catch (error) {
    throw new WordLayerError("invalid", error instanceof Error ? error.message : undefined);
  }
  // A one-line box gets the stamped line instead of its value (the old value stays in the log).
  const after = amendedText(key, before, line);
  const problem = boxTextProblem(key, after);
  if (problem) throw new WordLayerError("invalid", problem);
  const cc = boxControl(context, key);
  if (after === line) cc.insertText(line, "Replace");
  else cc.insertParagraph(line, "End");
  const replaced = after === line && before !== "";
  const entry: NewEntry = {
    kind: "amendment",
    stepId: stepOf(key),
    boxKey: key,
    description: `Aanvulling: ${line}`,
    ...(replaced ? { before, after } : {}),
  };
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
  if (handle.data.agreed) throw new WordLayerError("invalid", "De handreiking is al vastgesteld.");
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
  const notFound = "Deze tabel is niet gevonden in het document. Gebruik ‘Herstellen’.";
  if (!rows) throw new WordLayerError("notFound", notFound);
  const keys = handle.data.rowOrder[fieldId] ?? [];
  const rowKey = newRowKey(who.random, keys);
  const table = queueNewRows(context, rows.field, keys, [rowKey], notFound);
  const rowIndex = keys.length + 1; // header row first
  if (!handle.data.agreed) {
    // Before agreement a row added is part of the filler's session entry (fill-session.ts).
    const session = withFillSession(handle, handle.data, [rowPath(fieldId, rowKey)], who);
    const next = withRowsAdded(session.data, fieldId, [rowKey], rows.columns);
    return { handle: await commit(context, handle, next, session.entries, who.now, session.replacesLast), rowKey };
  }
  // After agreement the document itself shows who added the row and when: a locked line in its
  // first cell, under the box (not in it, so the box keeps only its value and stays one line).
  const stamp = formatStamp(who.signer, amsterdamDay(who.now ?? new Date()));
  stampNote(table.getCell(rowIndex, 0).body.insertParagraph(`Toegevoegd: ${stamp}`, "End"), rowPath(fieldId, rowKey));
  const description = `Rij ${keys.length + 1} toegevoegd, in het document gestempeld: ${stamp}`;
  const { data, entries } = withEntries(
    handle.data,
    [{ kind: "rowAdded", stepId: stepOf(fieldId), boxKey: fieldId, description }],
    who,
  );
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
  if (keys.length <= 1)
    throw new WordLayerError(
      "invalid",
      "De laatste rij kan niet worden verwijderd; maak de vakken leeg als de rij niet nodig is.",
    );
  rowBoxKeys(fieldId, rowKey, rows.columns).forEach((key) => requireAttributed(handle, texts, key));
  queueRemoveRow(context, fieldId, rowKey, rows.columns);
  const before = rowText(texts, fieldId, rowKey, rows.columns);
  const { data, entries } = withEntries(
    handle.data,
    [
      {
        kind: "rowRemoved",
        stepId: stepOf(fieldId),
        boxKey: fieldId,
        before,
        description: `Rij ${keys.indexOf(rowKey) + 1} verwijderd`,
      },
    ],
    who,
  );
  return commit(context, handle, withRowsRemoved(data, fieldId, [rowKey], rows.columns), entries);
}

export const CHANGED_MEANWHILE =
  "Het document is intussen opnieuw gewijzigd. Bekijk de wijzigingen hierboven opnieuw en leg ze dan vast.";

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
    throw new WordLayerError("invalid", CHANGED_MEANWHILE);
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
    inputs = edits.map((e) => outsideEditEntry(e, e.author, who.signer, check, stepOf(e.key)));
  } catch (error) {
    throw new WordLayerError("invalid", error instanceof Error ? error.message : undefined);
  }
  const { data, entries } = withAuthoredEntries(handle.data, inputs, who);
  const attributed = { ...data.lastAttributed };
  edits.forEach((e) => (attributed[e.key] = e.after));
  return commit(context, handle, { ...data, lastAttributed: attributed }, entries);
}
