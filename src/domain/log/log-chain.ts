// The chained log: each entry written by the add-in carries the hash of the entry before it
// (prevHash) and its own hash over everything it says (hash); an entry that set a box carries the
// hash of the full text it left there (textHash), and the last entry of each write the hash of the
// form state after it (stateHash). Reading checks the chain: an entry changed, removed or
// inserted without the add-in, or attributed texts or the MDO agreement changed in the data part,
// no longer fit. The hash is not a signature (shortHash is not cryptographic and the recipe is in
// this file): someone with the file and enough effort can recompute the chain.
// Entries written before the chain existed (older documents) are covered by the first chained
// entry after them: its prevHash is the hash of all entries before it.
import type { ChangeEntry, ChangeLog } from "./change-log";
import type { DataPart } from "../data-part/data-part-model";
import { canonicalJson, shortHash } from "./hash";

const CHAIN_FIELDS = ["prevHash", "hash", "textHash", "stateHash"] as const;

/** The entry without its chain fields (what it says, not how it was sealed). */
export function unsealed(entry: ChangeEntry): ChangeEntry {
  const out = { ...entry };
  for (const k of CHAIN_FIELDS) delete out[k];
  return out;
}

function ownHash(entry: ChangeEntry): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { hash, ...rest } = entry;
  return shortHash(canonicalJson(rest));
}

/** The link the entry at `index` must carry: the previous entry's hash, or (unsealed before it) the hash of all entries
 * before it. */
function expectedLink(log: ChangeLog, index: number, contentHashes: () => string[]): string {
  const previous = log[index - 1];
  if (previous?.hash) return previous.hash;
  return shortHash(`legacy:${contentHashes().slice(0, index).join(",")}`);
}

function lazyContentHashes(log: ChangeLog): () => string[] {
  let cached: string[] | null = null;
  return () => (cached ??= log.map((e) => shortHash(canonicalJson(e))));
}

/** Hash of what a write leaves behind: the MDO agreement, then the attributed texts and rows. */
export function stateHashOf(data: Pick<DataPart, "agreed" | "lastAttributed" | "rowOrder">): string {
  return (
    shortHash(canonicalJson(data.agreed ?? null)) +
    shortHash(canonicalJson({ lastAttributed: data.lastAttributed, rowOrder: data.rowOrder }))
  );
}

export function textHashOf(text: string): string {
  return shortHash(`text:${text}`);
}

/**
 * Seals the last `count` entries of the data's log (entries merged from another copy are sealed
 * again here): links, hashes, the full text each left in its box, and the state on the last one.
 * The first seal also marks the data part (sealedFrom): from that entry on, the log must stay sealed.
 */
export function sealNewEntries(data: DataPart, count: number): DataPart {
  if (count <= 0) return data;
  const log = [...data.changeLog];
  const from = log.length - count;
  const hashes = lazyContentHashes(log);
  for (let i = from; i < log.length; i++) {
    const entry = unsealed(log[i]!);
    if (entry.boxKey !== undefined && entry.boxKey in data.lastAttributed)
      entry.textHash = textHashOf(data.lastAttributed[entry.boxKey] ?? "");
    if (i === log.length - 1) entry.stateHash = stateHashOf(data);
    // an unsealed entry before this one changes the legacy link: only then are content hashes needed
    entry.prevHash = expectedLink(log, i, hashes);
    entry.hash = ownHash(entry);
    log[i] = entry;
  }
  // a document sealed before the mark existed: marked from its first sealed entry
  const sealedFrom = data.sealedFrom ?? log.find((e) => e.hash !== undefined)?.id;
  return { ...data, changeLog: log, ...(sealedFrom !== undefined ? { sealedFrom } : {}) };
}

/** The log's last entry is sealed and intact: its own hash fits and it follows the entry before it. */
export function lastEntryIntact(log: ChangeLog): boolean {
  const index = log.length - 1;
  const last = log[index];
  if (!last?.hash || ownHash(last) !== last.hash) return false;
  return last.prevHash === expectedLink(log, index, lazyContentHashes(log));
}

export type ChainBreak =
  /** The entry's own hash does not fit what it says: it was changed. */
  | { kind: "changed"; index: number }
  /** The entry is intact but does not follow the entry before it: entries removed, inserted or reordered before it. */
  | { kind: "gap"; index: number }
  /** The entry lies where the document is sealed (sealedFrom) but carries no seal: its seals were removed. */
  | { kind: "unsealed"; index: number };

/** A break a repair accepted ("erkend"): who accepted it, on which day. */
export interface AcknowledgedBreak {
  brk: ChainBreak;
  /** Index of the repair entry that accepted it. */
  by: number;
}

export interface ChainCheck {
  /** Index of the first sealed entry, null when no entry is sealed (an older document). */
  firstSealed: number | null;
  /** Breaks no repair accepted. */
  breaks: ChainBreak[];
  /** Unsealed entries after the last sealed one (not written by this add-in version): not checked. */
  unsealedTail: number;
  /** The state as the last sealed write left it, when that write was the last one. */
  lastState: { index: number; stateHash: string } | null;
  /** Index of the last repair that accepted a break, or -1. */
  resetAt: number;
  /** Breaks a later intact repair accepted by naming them (breakKey): shown as "erkend", not as problems. */
  acknowledged: AcknowledgedBreak[];
}

/**
 * Names a break by the entry and what it holds as found: a changed entry by its hash as it now is,
 * a gap by the link it carries, a stripped entry by its content. A repair that names it accepts
 * that break only; change the entry again and the name no longer fits.
 */
export function breakKey(log: ChangeLog, brk: ChainBreak): string {
  const e = log[brk.index];
  if (!e) return `${brk.kind}:?`;
  if (brk.kind === "changed") return `changed:${e.id}:${ownHash(e)}`;
  if (brk.kind === "gap") return `gap:${e.id}:${e.prevHash ?? ""}`;
  return `unsealed:${e.id}:${shortHash(canonicalJson(e))}`;
}

/**
 * Checks every entry's own hash and its link to the entry before it. `tail`: the log is only the
 * newest part of a longer log (the older entries are archived and not read): the first entry's
 * link points into the archive and is left to the full check. A tail must be sealed throughout
 * (an unsealed entry's link needs every entry before it); the reader reads the whole log otherwise.
 * `sealedFrom` (DataPart.sealedFrom): the id of the first entry the document sealed; an unsealed
 * entry from there on is a break. Absent from the log read: the whole log read must be sealed.
 * A repair (chainReset) accepts only the breaks before it that it names (acknowledges).
 */
export function checkChain(log: ChangeLog, tail = false, sealedFrom?: string): ChainCheck {
  const hashes = lazyContentHashes(log);
  const found: ChainBreak[] = [];
  let firstSealed: number | null = null;
  let lastSealed = -1;
  const resets: number[] = [];
  const markAt =
    sealedFrom === undefined
      ? -1
      : Math.max(
          0,
          log.findIndex((e) => e.id === sealedFrom),
        );
  log.forEach((entry, index) => {
    if (!entry.hash) {
      if (markAt >= 0 && index >= markAt) found.push({ kind: "unsealed", index });
      return;
    }
    firstSealed ??= index;
    lastSealed = index;
    if (ownHash(entry) !== entry.hash) found.push({ kind: "changed", index });
    else if (!(tail && index === 0) && entry.prevHash !== expectedLink(log, index, hashes))
      found.push({ kind: "gap", index });
    else if (entry.chainReset && entry.acknowledges) resets.push(index);
  });
  const acknowledged: AcknowledgedBreak[] = [];
  const breaks = found.filter((brk) => {
    const key = breakKey(log, brk);
    const by = resets.find((r) => r > brk.index && log[r]!.acknowledges!.includes(key));
    if (by === undefined) return true;
    acknowledged.push({ brk, by });
    return false;
  });
  const last = log[lastSealed];
  const unsealedTail = lastSealed < 0 || markAt >= 0 ? 0 : log.length - 1 - lastSealed;
  return {
    firstSealed,
    breaks,
    unsealedTail,
    lastState:
      last?.stateHash && lastSealed === log.length - 1 ? { index: lastSealed, stateHash: last.stateHash } : null,
    resetAt: acknowledged.reduce((max, a) => Math.max(max, a.by), -1),
    acknowledged,
  };
}

/** The names of the breaks a repair now accepts (ChangeEntry.acknowledges). */
export function acknowledgementsOf(log: ChangeLog, chain: ChainCheck): string[] {
  return chain.breaks.map((b) => breakKey(log, b));
}

export interface StateCheck {
  agreementChanged: boolean;
  /** Box keys whose attributed text differs from what the last entry for that box left there. */
  boxes: string[];
  /** Attributed texts or rows differ, also where no entry names the box. */
  textsChanged: boolean;
}

/** Compares the data part's state with what the last sealed write recorded (null: nothing to compare). */
export function checkState(data: DataPart, chain: ChainCheck): StateCheck | null {
  if (!chain.lastState) return null;
  const now = stateHashOf(data);
  const then = chain.lastState.stateHash;
  if (now === then) return { agreementChanged: false, boxes: [], textsChanged: false };
  const lastText = new Map<string, string>();
  for (const e of data.changeLog) {
    if (e.boxKey !== undefined && e.textHash && e.hash) lastText.set(e.boxKey, e.textHash);
    // a fill session (fill-session.ts) names its boxes without a text hash per box: it is the last word on them
    for (const key of e.filled ?? []) lastText.delete(key);
  }
  const boxes = Object.entries(data.lastAttributed)
    .filter(([key, text]) => lastText.has(key) && lastText.get(key) !== textHashOf(text))
    .map(([key]) => key);
  return {
    agreementChanged: now.slice(0, 14) !== then.slice(0, 14),
    boxes,
    textsChanged: now.slice(14) !== then.slice(14),
  };
}

/** A tail can be checked and extended alone when every entry in it is sealed (see checkChain). */
export function tailStandsAlone(data: DataPart): boolean {
  return data.changeLog.length > 0 && data.changeLog.every((e) => e.hash !== undefined);
}
