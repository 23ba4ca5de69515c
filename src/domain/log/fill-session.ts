// Filling before agreement is drafting: the log records it per person and session — one entry
// "Ingevuld in het MDO, 10:05–10:40: Basisgegevens (5 vakken), Stap 2 (2 rijen, 1 vak)" — not one
// entry per box save. After agreement every change keeps its own stamped entry.
//
// How updating the session entry fits the chained log (log-chain.ts): the entry is only ever
// updated while it is the LAST entry of the log, written by the same person (initials and
// organisation) on the same Amsterdam day, before agreement. Updating it replaces that last entry
// by a new one (a new id; it keeps the boxes filled so far and when the session started) which is
// sealed again: its link is the hash of the entry before it, as the old one's was, so the chain
// stays whole, and its state hash records the form as this write leaves it. The visible log's last
// row is replaced in the same batch (commit.ts), so table and data part keep one row per entry.
// Nothing earlier in the log changes: an entry of anyone else, an agreement, a removed row or a
// new day closes the session, and the next fill starts a new entry. A tampered last entry is
// never updated (the Word layer checks it first), so the log check still reports it.
import { countWords } from "../text/plural";
import { rowPath, splitBoxKey } from "../form/boxes";
import type { TemplateDef } from "../template";
import { TEMPLATE } from "../template";
import { amsterdamDay, amsterdamTime } from "../dates/day";
import { createEntry, type ChangeEntry, type ChangeLog, type Signer } from "./change-log";

export const SESSION_PREFIX = "Ingevuld in het MDO";

/** A session entry: an edit entry that lists the boxes (and rows, "<fieldId>.<rowKey>") it covers. */
export function isFillSession(entry: ChangeEntry | undefined): entry is ChangeEntry & { filled: string[] } {
  return entry !== undefined && entry.kind === "edit" && Array.isArray(entry.filled);
}

/** The session `who` may still add to: the log's last entry, theirs, today, not recovered or merged. */
export function openSession(log: ChangeLog, who: Signer, now: Date): (ChangeEntry & { filled: string[] }) | null {
  const last = log[log.length - 1];
  if (!isFillSession(last) || last.recovered || last.mergeConflict || last.authorSource) return null;
  if (last.initials !== who.initials || last.organisation !== who.organisation) return null;
  return last.day === amsterdamDay(now) ? last : null;
}

/** "Basisgegevens (5 vakken), Stap 2 (2 rijen, 1 vak)": per step, in the template's order. */
export function describeFilled(keys: readonly string[], template: TemplateDef = TEMPLATE): string {
  // One pass over the keys (a session may hold thousands; this runs on every save in it).
  const stepOfField = new Map<string, string>();
  for (const step of template.steps) for (const field of step.fields) stepOfField.set(field.id, step.id);
  const counts = new Map<string, { boxes: number; rows: Set<string> }>();
  for (const key of keys) {
    const { fieldId, rowKey } = splitBoxKey(key);
    const stepId = stepOfField.get(fieldId);
    if (stepId === undefined) continue;
    let count = counts.get(stepId);
    if (!count) counts.set(stepId, (count = { boxes: 0, rows: new Set() }));
    if (rowKey !== undefined) count.rows.add(rowPath(fieldId, rowKey));
    else count.boxes += 1;
  }
  const parts: string[] = [];
  for (const step of template.steps) {
    const count = counts.get(step.id);
    if (!count) continue;
    const what = [
      count.rows.size > 0 ? countWords(count.rows.size, "rij", "rijen") : "",
      count.boxes > 0 ? countWords(count.boxes, "vak", "vakken") : "",
    ].filter((s) => s !== "");
    if (what.length > 0)
      parts.push(`${step.shortTitle === step.title ? step.title : step.shortTitle} (${what.join(", ")})`);
  }
  return parts.join(", ");
}

export interface SessionWrite {
  entry: ChangeEntry;
  /** The entry takes the place of the log's last entry (the open session) instead of being added. */
  replacesLast: boolean;
}

/**
 * The session entry after `who` filled `keys` (box keys, or "<fieldId>.<rowKey>" for a row added):
 * the open session with these added, or a new session (always, when `mayContinue` is false).
 */
export function fillSessionEntry(
  log: ChangeLog,
  keys: readonly string[],
  who: Signer,
  now: Date,
  random?: () => number,
  mayContinue = true,
): SessionWrite {
  const open = mayContinue ? openSession(log, who, now) : null;
  const filled = [...new Set([...(open?.filled ?? []), ...keys])];
  const since = open ? (open.since ?? open.timestamp) : now.toISOString();
  const start = amsterdamTime(new Date(since));
  const end = amsterdamTime(now);
  const span = start === end ? start : `${start}–${end}`;
  const entry: ChangeEntry = {
    ...createEntry(
      { kind: "edit", description: `${SESSION_PREFIX}, ${span}: ${describeFilled(filled)}.` },
      who,
      now,
      random,
    ),
    filled,
    since,
  };
  return { entry, replacesLast: open !== null };
}

/**
 * `newer` is a later state of the same fill session as `older` (same person, day and start, every
 * box of `older` in it): `older` was replaced by it, nothing of it is lost.
 */
export function supersedesSession(newer: ChangeEntry | undefined, older: ChangeEntry | undefined): boolean {
  if (!isFillSession(newer) || !isFillSession(older)) return false;
  if (newer.initials !== older.initials || newer.organisation !== older.organisation || newer.day !== older.day)
    return false;
  if (
    (newer.since ?? newer.timestamp) !== (older.since ?? older.timestamp) ||
    Date.parse(newer.timestamp) < Date.parse(older.timestamp)
  )
    return false;
  const keys = new Set(newer.filled);
  return older.filled.every((k) => keys.has(k));
}
