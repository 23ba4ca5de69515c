// The log entries the pane's edits add, and how they join a data part. The Word layer writes
// them into the document (src/word/edits.ts); kept here, out of Office, so they are tested as data.
import { nextFormVersion, type DataPart } from "../data-part/data-part-model";
import { formatSize, type QuarantinedData } from "../data-part/hidden-data";
import { parseBoxKey, splitBoxKey } from "../form/boxes";
import { countWords } from "../text/plural";
import { findField } from "../template";
import { appendEntry, createEntry, type ChangeEntry, type NewEntry, type Signer } from "./change-log";
import { fillSessionEntry } from "./fill-session";

/** Who edits, when, and (in tests) the random source for entry ids. */
export interface EntryContext {
  signer: Signer;
  now?: Date;
  random?: () => number;
}

/** One entry to add: what changed, who made it and, for a hand stamp, the day they stamped. */
export interface AuthoredInput {
  input: NewEntry;
  author: Signer;
  day?: string;
  extra?: Pick<ChangeEntry, "authorSource" | "recorderInitials" | "recorderOrganisation">;
}

export interface EntriesAdded {
  data: DataPart;
  entries: ChangeEntry[];
}

/** The wizard step a box (or a table, by its field id) belongs to. */
export function stepOfBox(key: string): string | undefined {
  return findField(splitBoxKey(key).fieldId)?.step.id;
}

/** The 1-based number of the row a cell's box is in, as the table shows it now; undefined for other boxes. */
export function rowNumberOf(rowOrder: DataPart["rowOrder"], key: string): number | undefined {
  const ref = parseBoxKey(key);
  if (ref?.rowKey === undefined) return undefined;
  const index = (rowOrder[ref.fieldId] ?? []).indexOf(ref.rowKey);
  return index < 0 ? undefined : index + 1;
}

/**
 * Adds entries; after agreement every change is a new version that remembers the previous one
 * (`versionId` for a fixed id in tests; random otherwise).
 */
export function withAuthoredEntries(
  data: DataPart,
  inputs: readonly AuthoredInput[],
  who: EntryContext,
  versionId?: string,
): EntriesAdded {
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
  return { data: data.agreed ? nextFormVersion(next, versionId) : next, entries };
}

/** Adds entries signed by the editor. */
export function withEntries(
  data: DataPart,
  inputs: readonly NewEntry[],
  who: EntryContext,
  versionId?: string,
): EntriesAdded {
  return withAuthoredEntries(
    data,
    inputs.map((input) => ({ input, author: who.signer })),
    who,
    versionId,
  );
}

/**
 * Before agreement: the fill session of this person (fill-session.ts) with `keys` added — the log's
 * last entry updated, or a new one (always new when `mayContinue` is false).
 */
export function withFillSession(
  data: DataPart,
  keys: readonly string[],
  who: EntryContext,
  mayContinue = true,
): EntriesAdded & { replacesLast: boolean } {
  const now = who.now ?? new Date();
  const log = data.changeLog;
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

/**
 * A box written after agreement: a correction (or a first fill), stamped in the document.
 * `row` is the 1-based number of the table row the box is in (undefined for other boxes).
 */
export function correctionEntry(key: string, before: string, after: string, row: number | undefined, stamp: string) {
  const what = before === "" ? "Ingevuld" : "Gecorrigeerd";
  const where = row !== undefined ? `Rij ${row}: ${what.toLocaleLowerCase("nl")}` : what;
  return {
    kind: "edit",
    stepId: stepOfBox(key),
    boxKey: key,
    before,
    after,
    description: `${where}, in het document gestempeld: ${stamp}`,
  } satisfies NewEntry;
}

/**
 * A stamped line added to a box after agreement (`row`: 1-based, for a table cell); a one-line box's old value is
 * kept as `before`.
 */
export function amendmentEntry(key: string, before: string, after: string, line: string, row?: number): NewEntry {
  const replaced = after === line && before !== "";
  return {
    kind: "amendment",
    stepId: stepOfBox(key),
    boxKey: key,
    // a table cell says its row, as a correction does (the part label names the table and column only)
    description: row !== undefined ? `Rij ${row}: aanvulling: ${line}` : `Aanvulling: ${line}`,
    ...(replaced ? { before, after } : {}),
  };
}

/** A row added after agreement (`row` is its 1-based number), stamped in the document. */
export function rowAddedEntry(fieldId: string, row: number, stamp: string): NewEntry {
  return {
    kind: "rowAdded",
    stepId: stepOfBox(fieldId),
    boxKey: fieldId,
    description: `Rij ${row} toegevoegd, in het document gestempeld: ${stamp}`,
  };
}

/** A row removed (`row` its 1-based number before removal; `before` its cells' text). */
export function rowRemovedEntry(fieldId: string, row: number, before: string): NewEntry {
  return {
    kind: "rowRemoved",
    stepId: stepOfBox(fieldId),
    boxKey: fieldId,
    before,
    description: `Rij ${row} verwijderd`,
  };
}

/**
 * A document made a form: a plain document converted, or the bundled template (as version
 * `version`). `kept` boxes already held text typed before (a box the add-in prefilled from the
 * profile is not one of them); `missing` fields were not found in the document.
 */
export function convertedEntry(version: string, kept: number, missing: number): NewEntry {
  return {
    kind: "created",
    description:
      `Omgezet naar formulier (sjabloon ${version}).` +
      (kept > 0 ? ` ${countWords(kept, "al ingevuld vak", "al ingevulde vakken")} overgenomen.` : "") +
      (missing > 0 ? ` ${countWords(missing, "vak", "vakken")} niet gevonden in het document.` : ""),
  };
}

/** Data the repair set aside, removed by the user. */
export function quarantineRemovedEntry(found: Pick<QuarantinedData, "size" | "day">): NewEntry {
  const day = found.day ? `, apart gezet op ${found.day}` : "";
  return { kind: "repair", description: `Apart bewaarde gegevens verwijderd (${formatSize(found.size)}${day}).` };
}
