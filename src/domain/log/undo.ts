// Other people's agreed text is not wiped by one click: a correction that removes text another
// professional wrote asks first, and a correction can be put back from the log (a new, logged
// correction with the old text, while nobody changed the box since).
import { MAX_LOGGED_VALUE, type ChangeEntry } from "./change-log";
import type { StampSigner } from "./stamp";

/** Entries that put text in a box and say who did (a merge record or repair does not author text). */
const AUTHORING = new Set<ChangeEntry["kind"]>(["created", "edit", "amendment", "externalEdit"]);

const names = (e: ChangeEntry, key: string): boolean => e.boxKey === key || e.filled?.includes(key) === true;

/** Who last wrote the box's text according to the log, or null when the log does not say. */
export function lastAuthorOf(log: readonly ChangeEntry[], key: string): StampSigner | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    if (e && names(e, key) && AUTHORING.has(e.kind)) return { initials: e.initials, organisation: e.organisation };
  }
  return null;
}

const samePerson = (a: StampSigner, b: StampSigner): boolean =>
  a.initials.toLocaleUpperCase("nl") === b.initials.toLocaleUpperCase("nl") &&
  a.organisation.trim().toLocaleLowerCase("nl") === b.organisation.trim().toLocaleLowerCase("nl");

/**
 * Dutch: what a correction would do to someone else's text, when it removes any of it (the new text does not keep
 * the old text whole); null when the box is empty, the text is the corrector's own, or the old text stays.
 */
export function othersTextLoss(
  log: readonly ChangeEntry[],
  key: string,
  before: string,
  after: string,
  me: StampSigner,
): string | null {
  const old = before.trim();
  if (old === "" || after.includes(old)) return null;
  const author = lastAuthorOf(log, key);
  if (author === null || samePerson(author, me)) return null;
  const who = `${author.initials} (${author.organisation})`;
  return after.trim() === ""
    ? `U maakt dit vak leeg. De tekst is van ${who} en is vastgesteld in het MDO.`
    : `U vervangt tekst van ${who} die is vastgesteld in het MDO.`;
}

/** What putting an entry back writes: the box and its old text; null when that cannot be done safely. */
export interface Undo {
  key: string;
  text: string;
}

/**
 * A correction can be put back while the box still holds exactly what it wrote (nobody changed it since) and
 * its old text is in the log whole (a logged value at the limit may be shortened).
 */
export function undoOf(entry: ChangeEntry, boxTexts: Readonly<Record<string, string>>): Undo | null {
  const { boxKey, before, after } = entry;
  if (entry.kind !== "edit" || boxKey === undefined || before === undefined || after === undefined) return null;
  if (before === after || before.length >= MAX_LOGGED_VALUE || after.length >= MAX_LOGGED_VALUE) return null;
  if (boxTexts[boxKey] !== after) return null;
  return { key: boxKey, text: before };
}
