// Two copies of one handreiking that went separate ways (sent around, amended in two places):
// what differs per box, which log entries only one copy has, and a merge plan the Word layer
// can apply. Pure data in, data out. A box changed in both copies is never overwritten without
// the user's choice.
import type { ChangeEntry, NewEntry, Signer } from "../log/change-log";
import { createEntry, mergeLogs } from "../log/change-log";
import type { DataPart, VersionRef } from "../data-part/data-part-model";
import { TEMPLATE, fieldWithRole, findField, type TemplateDef } from "../template";
import { isInRow, rowPath, splitBoxKey } from "../form/boxes";
import { keepBothResult } from "../form/one-line";
import { entryPartLabel } from "../log/change-log-table";
import { alignCopy } from "./copy-versions";
import { carriedStampLine } from "./merge-record";
import { supersedesSession } from "../log/fill-session";
import { secureRandom } from "../log/hash";
import type { CopyState } from "./copy-state";

/**
 * The entry changed this box: its own entry, or a fill session naming it (fill-session.ts). The
 * entry's keys go through `renamed` first (a copy of an earlier version, see copy-versions.ts).
 */
const names = (e: ChangeEntry, key: string, renamed: Record<string, string> = {}): boolean => {
  const is = (k: string): boolean => (renamed[k] ?? k) === key;
  return (e.boxKey !== undefined && is(e.boxKey)) || (e.filled ?? []).some(is);
};
/** The entry touched this row ((rowPath)): one of its cells, or a fill session that added or filled it. */
const touchesRow = (e: ChangeEntry, fieldId: string, rowKey: string): boolean =>
  (e.boxKey !== undefined && isInRow(e.boxKey, fieldId, rowKey)) ||
  (e.filled ?? []).some((k) => k === rowPath(fieldId, rowKey) || isInRow(k, fieldId, rowKey));

export type { CopyState } from "./copy-state";

export type BoxStatus = "same" | "changedHere" | "changedThere" | "conflict";

export interface BoxComparison {
  key: string;
  stepId?: string;
  status: BoxStatus;
  here: string;
  there: string;
  /** Log entries about this box that only this copy / the other copy has. */
  hereEntries: ChangeEntry[];
  thereEntries: ChangeEntry[];
}

export type CopyRelation = "sameVersion" | "hereIsNewer" | "thereIsNewer" | "diverged" | "unknown";

export type Comparison =
  | { ok: false; reason: "otherDocument" | "otherClient" | "otherVersion"; message: string }
  | {
      ok: true;
      relation: CopyRelation;
      /** The last version both copies share, where the version chain tells. */
      commonAncestor: VersionRef | null;
      /** Every box in either copy, in this copy's order, then the other copy's new rows. */
      boxes: BoxComparison[];
      conflicts: string[];
      onlyHere: ChangeEntry[];
      onlyThere: ChangeEntry[];
      /** Rows (field → row keys) the other copy added. */
      rowsOnlyThere: Record<string, string[]>;
      /** Rows this copy has that the other copy removed (and nobody changed here since). */
      rowsRemovedThere: Record<string, string[]>;
      identical: boolean;
      /** The other copy is of an earlier version of the handreiking: what could not be compared (Dutch). */
      notes?: string[];
    };

export const OTHER_DOCUMENT = "Deze kopie hoort bij een andere handreiking (ander gezin of ander document).";
export const OTHER_CLIENT =
  "De initialen van de jeugdige verschillen tussen de twee kopieën, zonder dat een van beide die wijziging heeft vastgelegd. Waarschijnlijk is het document voor een ander gezin hergebruikt; samenvoegen kan niet.";

const fieldOf = (key: string): string => splitBoxKey(key).fieldId;
const rowOf = (key: string): string | undefined => splitBoxKey(key).rowKey;

function stepOf(key: string): string | undefined {
  return findField(fieldOf(key))?.step.id;
}

function relationOf(
  here: DataPart,
  there: DataPart,
  onlyHere: number,
  onlyThere: number,
): { relation: CopyRelation; ancestor: VersionRef | null } {
  const ref = (d: DataPart): VersionRef => ({ formVersion: d.formVersion, versionId: d.versionId });
  if (here.versionId === there.versionId && onlyHere === 0 && onlyThere === 0)
    return { relation: "sameVersion", ancestor: ref(here) };
  // The logs decide first: a copy is only newer when the other has nothing it lacks.
  const bothChanged = onlyHere > 0 && onlyThere > 0;
  if (!bothChanged && (onlyHere > 0 || (onlyThere === 0 && here.previousVersion?.versionId === there.versionId)))
    return { relation: "hereIsNewer", ancestor: ref(there) };
  if (!bothChanged && (onlyThere > 0 || (onlyHere === 0 && there.previousVersion?.versionId === here.versionId)))
    return { relation: "thereIsNewer", ancestor: ref(here) };
  if (
    here.previousVersion &&
    there.previousVersion &&
    here.previousVersion.versionId === there.previousVersion.versionId
  ) {
    return { relation: "diverged", ancestor: here.previousVersion };
  }
  if (here.versionId === there.versionId) return { relation: "sameVersion", ancestor: ref(here) };
  return { relation: onlyHere > 0 && onlyThere > 0 ? "diverged" : "unknown", ancestor: null };
}

/** Rows that a copy removed: gone from its row order, with a rowRemoved entry for the field only that copy has. */
function removedRows(
  keeper: CopyState,
  remover: CopyState,
  removerOnly: ChangeEntry[],
  keeperOnly: ChangeEntry[],
  common: ChangeEntry[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [fieldId, rows] of Object.entries(keeper.data.rowOrder)) {
    const removedThere = removerOnly.some((e) => e.kind === "rowRemoved" && e.boxKey === fieldId);
    if (!removedThere) continue;
    const otherRows = new Set(remover.data.rowOrder[fieldId] ?? []);
    const gone = rows.filter(
      (r) =>
        !otherRows.has(r) &&
        // known to both copies before they parted, and not changed here since
        (common.some((e) => touchesRow(e, fieldId, r)) ||
          !keeperOnly.some(
            (e) => (e.kind === "rowAdded" && e.boxKey === fieldId) || (e.filled ?? []).includes(rowPath(fieldId, r)),
          )) &&
        !keeperOnly.some((e) => touchesRow(e, fieldId, r)),
    );
    if (gone.length > 0) out[fieldId] = gone;
  }
  return out;
}

export function compareCopies(here: CopyState, other: CopyState, template: TemplateDef = TEMPLATE): Comparison {
  if (here.data.documentId !== other.data.documentId)
    return { ok: false, reason: "otherDocument", message: OTHER_DOCUMENT };
  const aligned = alignCopy(here, other);
  if (!aligned.ok) return { ok: false, reason: "otherVersion", message: aligned.message };
  const there = aligned.there;

  const hereIds = new Set(here.data.changeLog.map((e) => e.id));
  const thereIds = new Set(there.data.changeLog.map((e) => e.id));
  // An earlier save of a fill session the other copy went on with is in that copy already (fill-session.ts).
  const onlyHere = here.data.changeLog.filter(
    (e) => !thereIds.has(e.id) && !there.data.changeLog.some((t) => supersedesSession(t, e)),
  );
  const onlyThere = there.data.changeLog.filter(
    (e) => !hereIds.has(e.id) && !here.data.changeLog.some((h) => supersedesSession(h, e)),
  );
  const common = here.data.changeLog.filter((e) => thereIds.has(e.id));

  const initialsKey = fieldWithRole(template, "clientInitials")?.id ?? "";
  const initialsHere = (here.boxTexts[initialsKey] ?? "").trim();
  const initialsThere = (there.boxTexts[initialsKey] ?? "").trim();
  const explained = [...onlyHere, ...onlyThere].some((e) => names(e, initialsKey));
  if (
    initialsHere !== "" &&
    initialsThere !== "" &&
    initialsHere.toLocaleUpperCase("nl") !== initialsThere.toLocaleUpperCase("nl") &&
    !explained
  ) {
    return { ok: false, reason: "otherClient", message: OTHER_CLIENT };
  }

  const rowsRemovedThere = removedRows(here, there, onlyThere, onlyHere, common);
  const rowsRemovedHere = removedRows(there, here, onlyHere, onlyThere, common);
  const rowsOnlyThere: Record<string, string[]> = {};
  for (const [fieldId, rows] of Object.entries(there.data.rowOrder)) {
    const mine = new Set(here.data.rowOrder[fieldId] ?? []);
    const added = rows.filter((r) => !mine.has(r) && !(rowsRemovedHere[fieldId] ?? []).includes(r));
    if (added.length > 0) rowsOnlyThere[fieldId] = added;
  }
  // boxes of rows one copy removed are handled as rows, not compared box by box
  const skipThere = new Set(Object.entries(rowsRemovedHere).flatMap(([f, rows]) => rows.map((r) => rowPath(f, r))));
  const skipHere = new Set(Object.entries(rowsRemovedThere).flatMap(([f, rows]) => rows.map((r) => rowPath(f, r))));

  const keys: string[] = [];
  const seen = new Set<string>();
  for (const k of [...Object.keys(here.boxTexts), ...Object.keys(there.boxTexts)]) {
    if (seen.has(k)) continue;
    seen.add(k);
    const row = rowOf(k);
    if (row && (skipThere.has(rowPath(fieldOf(k), row)) || skipHere.has(rowPath(fieldOf(k), row)))) continue;
    keys.push(k);
  }

  const boxes: BoxComparison[] = keys.map((key) => {
    const hereText = here.boxTexts[key] ?? "";
    const thereText = there.boxTexts[key] ?? "";
    const hereEntries = onlyHere.filter((e) => names(e, key));
    // The other copy may be of an earlier version: its keys through the renames (copy-versions.ts).
    const thereEntries = onlyThere.filter((e) => names(e, key, aligned.renamedKeys));
    let status: BoxStatus;
    if (hereText === thereText) status = "same";
    else {
      // a change counts when the copy logged it, or when the box differs from its last attributed text (an unlogged
      // edit)
      const changedHere =
        hereEntries.length > 0 || (key in here.boxTexts && hereText !== (here.data.lastAttributed[key] ?? ""));
      const changedThere =
        thereEntries.length > 0 || (key in there.boxTexts && thereText !== (there.data.lastAttributed[key] ?? ""));
      if (changedHere && !changedThere) status = "changedHere";
      else if (changedThere && !changedHere) status = "changedThere";
      else status = "conflict"; // both changed, or nothing tells which: the user decides
    }
    const box: BoxComparison = { key, status, here: hereText, there: thereText, hereEntries, thereEntries };
    const stepId = stepOf(key);
    if (stepId) box.stepId = stepId;
    return box;
  });
  const { relation, ancestor } = relationOf(here.data, there.data, onlyHere.length, onlyThere.length);
  const conflicts = boxes.filter((b) => b.status === "conflict").map((b) => b.key);
  return {
    ok: true,
    relation,
    commonAncestor: ancestor,
    boxes,
    conflicts,
    onlyHere,
    onlyThere,
    rowsOnlyThere,
    rowsRemovedThere,
    identical: boxes.every((b) => b.status === "same") && onlyHere.length === 0 && onlyThere.length === 0,
    ...(aligned.notes.length > 0 ? { notes: aligned.notes } : {}),
  };
}

// --- the merge plan -----------------------------------------------------------------------------

/** Per conflicting box: keep this copy's text, take the other copy's, or keep both (this one first). */
export type MergeChoice = "here" | "there" | "both";

export interface BoxUpdate {
  key: string;
  before: string;
  after: string;
  /** "there": changed only in the other copy; "choice": a conflict the user decided. */
  source: "there" | "choice";
  /** The box is in a row this copy does not have yet: add the row first. */
  newRow: boolean;
  /**
   * The stamped line the other copy wrote under the box for this change ("Gecorrigeerd: KJ 20200910, …"), to be
   * written here too with that author's initials, never the merger's (see carriedStampLine).
   */
  stampLine?: string;
}

export interface MergePlan {
  /** False while a conflicting box has no choice: those boxes are left as they are. */
  complete: boolean;
  unresolved: string[];
  boxUpdates: BoxUpdate[];
  /** The other copy's entries this copy lacks (added to the log via mergeLogs). */
  entriesToAdd: ChangeEntry[];
  /** The log after merging: both logs, nothing lost (before the plan's own merge entries). */
  mergedLog: ChangeEntry[];
  /** New log entries to record the merge (kind "merge"); sign them with mergeEntries(). */
  mergeRecords: NewEntry[];
  /** Row keys to add per field, in the other copy's order. */
  newRowKeys: Record<string, string[]>;
  /** Rows to remove (the other copy removed them and nobody changed them here). */
  rowsToRemove: Record<string, string[]>;
  /** The row order after merging: this copy's order with the other copy's new rows placed after their neighbour. */
  rowOrder: Record<string, string[]>;
}

/** The other copy's log accounts for its text of this box: an entry names it and its last attributed text is this. */
function explainedThere(b: BoxComparison, lastAttributed: Record<string, string>): boolean {
  return b.thereEntries.length > 0 && (lastAttributed[b.key] ?? "") === b.there;
}

/** "PH 20200910, Ambiq": who made the other copy's latest change to the box. */
function signerText(entries: readonly ChangeEntry[]): string {
  const last = entries[entries.length - 1];
  return last ? `${last.initials} ${last.day}, ${last.organisation}` : "onbekend (niet vastgelegd)";
}

function mergeRowOrder(mine: readonly string[], theirs: readonly string[], remove: readonly string[]): string[] {
  const out = mine.filter((r) => !remove.includes(r));
  theirs.forEach((r, i) => {
    if (out.includes(r) || remove.includes(r)) return;
    // after the nearest earlier row of theirs that this order has, else at the front
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const idx = out.indexOf(theirs[j] ?? "");
      if (idx >= 0) {
        at = idx + 1;
        break;
      }
    }
    out.splice(at, 0, r);
  });
  return out;
}

export function planMerge(here: CopyState, other: CopyState, choices: Record<string, MergeChoice> = {}): MergePlan {
  const cmp = compareCopies(here, other);
  if (!cmp.ok) throw new Error(cmp.message);
  const aligned = alignCopy(here, other);
  const there = aligned.ok ? aligned.there : other;
  const newRowKeys = cmp.rowsOnlyThere;
  const isNewRow = (key: string): boolean => {
    const row = rowOf(key);
    return row !== undefined && (newRowKeys[fieldOf(key)] ?? []).includes(row);
  };
  const boxUpdates: BoxUpdate[] = [];
  const mergeRecords: NewEntry[] = [];
  const unresolved: string[] = [];
  for (const b of cmp.boxes) {
    const stepId = b.stepId;
    const record = (entry: Omit<NewEntry, "kind" | "stepId" | "boxKey">): void => {
      const full: NewEntry = { kind: "merge", boxKey: b.key, ...entry };
      if (stepId) full.stepId = stepId;
      mergeRecords.push(full);
    };
    if (b.status === "changedThere") {
      const update: BoxUpdate = {
        key: b.key,
        before: b.here,
        after: b.there,
        source: "there",
        newRow: isNewRow(b.key),
      };
      const stampLine = carriedStampLine(b.thereEntries, b.there);
      if (stampLine) update.stampLine = stampLine;
      boxUpdates.push(update);
      // The other copy's log already says who made this change (its entries are taken over): a
      // record of the merger on top would double the log and put the merger's initials on
      // someone else's text. Only a change that copy did not log gets a record.
      if (explainedThere(b, there.data.lastAttributed)) continue;
      record({
        before: b.here,
        after: b.there,
        description: `Overgenomen uit een andere kopie (wijziging van ${signerText(b.thereEntries)}).`,
      });
    } else if (b.status === "conflict") {
      const choice = choices[b.key];
      if (!choice) {
        unresolved.push(b.key);
        continue;
      }
      if (choice === "here") {
        record({
          description: `Samengevoegd met een andere kopie: beide kopieën waren gewijzigd; deze tekst is behouden (de andere kopie: ${signerText(b.thereEntries)}).`,
        });
        continue;
      }
      const both = choice === "both" ? keepBothResult(b.key, b.here, b.there) : null;
      if (both && !both.ok) throw new Error(`${entryPartLabel({ boxKey: b.key })}: ${both.message}`);
      const after = both?.ok ? both.text : b.there;
      if (after === b.here) continue;
      boxUpdates.push({ key: b.key, before: b.here, after, source: "choice", newRow: isNewRow(b.key) });
      record({
        before: b.here,
        after,
        description:
          choice === "there"
            ? `Samengevoegd met een andere kopie: beide kopieën waren gewijzigd; de tekst van de andere kopie is gekozen (wijziging van ${signerText(b.thereEntries)}).`
            : `Samengevoegd met een andere kopie: beide kopieën waren gewijzigd; beide teksten zijn behouden (de andere kopie: ${signerText(b.thereEntries)}).`,
      });
    }
  }
  const fields = new Set([...Object.keys(here.data.rowOrder), ...Object.keys(there.data.rowOrder)]);
  const rowOrder: Record<string, string[]> = {};
  for (const f of fields)
    rowOrder[f] = mergeRowOrder(
      here.data.rowOrder[f] ?? [],
      there.data.rowOrder[f] ?? [],
      cmp.rowsRemovedThere[f] ?? [],
    );
  return {
    complete: unresolved.length === 0,
    unresolved,
    boxUpdates,
    entriesToAdd: cmp.onlyThere,
    mergedLog: mergeLogs(here.data.changeLog, cmp.onlyThere),
    mergeRecords,
    newRowKeys,
    rowsToRemove: cmp.rowsRemovedThere,
    rowOrder,
  };
}

/** Signs the plan's merge records as log entries of the person merging. */
export function mergeEntries(
  plan: MergePlan,
  who: Signer,
  now: Date = new Date(),
  random: () => number = secureRandom,
): ChangeEntry[] {
  const taken = new Set(plan.mergedLog.map((e) => e.id));
  return plan.mergeRecords.map((r) => {
    let e = createEntry(r, who, now, random);
    // a poor random source must not loop: number the clash instead
    for (let n = 2; taken.has(e.id); n++) e = { ...e, id: `${createEntry(r, who, now, random).id}.${n}` };
    taken.add(e.id);
    return e;
  });
}

/** The box texts after the plan (what the Word layer should end up with), for checks and previews. */
export function applyPlanToTexts(boxTexts: Record<string, string>, plan: MergePlan): Record<string, string> {
  const out = { ...boxTexts };
  for (const [f, rows] of Object.entries(plan.rowsToRemove)) {
    for (const k of Object.keys(out)) if (rows.some((r) => isInRow(k, f, r))) delete out[k];
  }
  for (const u of plan.boxUpdates) out[u.key] = u.after;
  return out;
}
