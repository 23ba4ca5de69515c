// A document can hold its form data more than once: a custom XML part and an older copy in the
// add-in's document settings (Word 2019 before the Common API parts were used), or two parts of
// which the older one could not be deleted. They all describe ONE document; this picks the copy
// that is its truth, so nothing false is reported and nothing newer is thrown away.
import type { DataPart } from "./data-part-model";
import { supersedesSession } from "../log/fill-session";

export interface StoredCopy<T> {
  data: DataPart;
  source: T;
}

export interface CopyChoice<T> {
  chosen: StoredCopy<T>;
  /** Other copies of the same document; `contained`: every entry they log is in the chosen copy too. */
  others: Array<StoredCopy<T> & { contained: boolean }>;
  /** Copies of ANOTHER document (a real problem: two forms in one file). */
  foreign: StoredCopy<T>[];
}

const logLength = (d: DataPart): number => (d.archivedEntries ?? 0) + d.changeLog.length;
const lastTime = (d: DataPart): number => Date.parse(d.changeLog.at(-1)?.timestamp ?? "") || 0;
/** Boxes in the last entry's fill session (fill-session.ts): a later save of a session names at least as many. */
const sessionSize = (d: DataPart): number => d.changeLog.at(-1)?.filled?.length ?? 0;

/**
 * Order: the copy the visible log agrees with (every write updates both), then the longer log,
 * then the later last entry, then the larger fill session, then the earlier in `copies` (parts
 * before settings). A copy whose last entry is an earlier save of the chosen copy's fill session
 * counts as contained in it (that entry was replaced, see fill-session.ts). Copies of
 * other documents are left out of the choice when the first copy has company of its own id.
 */
export function chooseStoredCopy<T>(
  copies: readonly StoredCopy<T>[],
  matchesVisibleLog: (d: DataPart) => boolean,
): CopyChoice<T> | null {
  if (copies.length === 0) return null;
  const ranked = copies
    .map((copy, index) => ({ copy, index, matches: matchesVisibleLog(copy.data) }))
    .sort(
      (a, b) =>
        Number(b.matches) - Number(a.matches) ||
        logLength(b.copy.data) - logLength(a.copy.data) ||
        lastTime(b.copy.data) - lastTime(a.copy.data) ||
        sessionSize(b.copy.data) - sessionSize(a.copy.data) ||
        a.index - b.index,
    );
  const chosen = ranked[0]!.copy;
  const ids = new Set(chosen.data.changeLog.map((e) => e.id));
  const chosenLast = chosen.data.changeLog.at(-1);
  const kept = (e: DataPart["changeLog"][number]) => ids.has(e.id) || supersedesSession(chosenLast, e);
  const same = ranked.slice(1).filter((r) => r.copy.data.documentId === chosen.data.documentId);
  return {
    chosen,
    others: same.map((r) => ({ ...r.copy, contained: r.copy.data.changeLog.every(kept) })),
    foreign: ranked
      .slice(1)
      .filter((r) => r.copy.data.documentId !== chosen.data.documentId)
      .map((r) => r.copy),
  };
}
