// The chained log: each entry written by the add-in carries the hash of the entry before it
// (prevHash) and its own hash over everything it says (hash); an entry that set a box carries the
// hash of the full text it left there (textHash), and the last entry of each write the hash of the
// form state after it (stateHash). Reading checks the chain: an entry changed, removed or
// inserted without the add-in, or attributed texts or the MDO agreement changed in the data part,
// no longer fit. Entries written before the chain existed (older documents) are covered by the
// first chained entry after them: its prevHash is the hash of all entries before it.
// Two chains run side by side. The first (data format 1, shortHash: a 64-bit FNV hash, not
// cryptographic) covers the fields every add-in since the chain knows, so an older add-in still
// checks a newer one's entries without false alarms. The second (data format 2: prevSeal, seal,
// textSeal, stateSeal) uses SHA-256 from WebCrypto over the whole entry as stored, fields this
// add-in does not know included (entryCanonical). Neither is a signature: the recipes are in
// this file and no key is involved, so someone with the file and this code can recompute both
// chains; SHA-256 only rules out finding a different entry with the same hash.
import type { ChangeEntry, ChangeLog } from "./change-log";
import type { DataPart } from "../data-part/data-part-model";
import { entryCanonical } from "../data-part/entry-xml";
import { canonicalJson, sha256Hex, shortHash } from "./hash";

/** A professional's signing key as the chain uses it (entry-signature.ts): its id and a way to sign a seal. */
export interface EntryKey {
  keyId: string;
  /** The base64 ECDSA signature over the seal's text. */
  sign(seal: string): Promise<string>;
}

const CHAIN_FIELDS = ["prevHash", "hash", "textHash", "stateHash"] as const;
const SEAL_FIELDS = ["prevSeal", "seal", "textSeal", "stateSeal"] as const;
/** A signed entry's fields (entry-signature.ts): format 1 add-ins read them as unknown, so the first chain leaves them
 * out. */
const SIGNATURE_FIELDS = ["keyId", "signature"] as const;
/** Left out of the entry's own seal: the seal itself. */
const OWN_SEAL = new Set(["seal"]);

/** The entry without its chain fields (what it says, not how it was sealed). */
export function unsealed(entry: ChangeEntry): ChangeEntry {
  const out = { ...entry };
  for (const k of [...CHAIN_FIELDS, ...SEAL_FIELDS, ...SIGNATURE_FIELDS]) delete out[k];
  return out;
}

/** The entry as the first chain sees it: without the SHA-256 chain and without fields this add-in does not know. */
function legacyView(entry: ChangeEntry): ChangeEntry {
  const out = { ...entry };
  for (const k of [...SEAL_FIELDS, ...SIGNATURE_FIELDS]) delete out[k];
  // an adopted entry's signature as signed (adopted-signature.ts): unknown to format 1 add-ins too
  delete out.signedAs;
  delete out.foreign;
  return out;
}

function ownHash(entry: ChangeEntry): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { hash, ...rest } = legacyView(entry);
  return shortHash(canonicalJson(rest));
}

/**
 * The entry's own SHA-256 seal: over the entry as stored (every element, known or not, but the
 * seal itself), so it is the same for every add-in version that reads it. The one place a seal is
 * computed: signing an entry (or checking one) starts from this.
 */
export function sealOf(entry: ChangeEntry): Promise<string> {
  return sha256Hex(entryCanonical(entry, OWN_SEAL));
}

/**
 * What a signed entry's signature covers: its seal as it was before the signature was added
 * (every element but seal and signature, keyId and prevSeal included). The stored seal covers the
 * signature too, so an add-in that reads the signature as an unknown field seals it alike.
 */
export function signedSealOf(entry: ChangeEntry): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { signature, ...rest } = entry;
  return sealOf(rest);
}

/** The seal link the entry at `index` must carry: the previous entry's seal, or the SHA-256 of all entries before. */
function expectedSeal(log: ChangeLog, index: number): Promise<string> {
  const previous = log[index - 1];
  if (previous?.seal) return Promise.resolve(previous.seal);
  return sha256Hex(
    `legacy:${log
      .slice(0, index)
      .map((e) => entryCanonical(e, new Set()))
      .join("\n")}`,
  );
}

export async function stateSealOf(data: Pick<DataPart, "agreed" | "lastAttributed" | "rowOrder">): Promise<string> {
  const [agreed, texts] = await Promise.all([
    sha256Hex(canonicalJson(data.agreed ?? null)),
    sha256Hex(canonicalJson({ lastAttributed: data.lastAttributed, rowOrder: data.rowOrder })),
  ]);
  return agreed + texts;
}

export function textSealOf(text: string): Promise<string> {
  return sha256Hex(`text:${text}`);
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
  return () => (cached ??= log.map((e) => shortHash(canonicalJson(legacyView(e)))));
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
 * again here) in both chains: links, hashes, the full text each left in its box, and the state on
 * the last one. The first seal also marks the data part (sealedFrom): from that entry on, the log must stay sealed.
 * `key`: the professional's signing key; each new entry (but those taken from another copy) is signed with it.
 */
export async function sealNewEntries(data: DataPart, count: number, key?: EntryKey | null): Promise<DataPart> {
  if (count <= 0) return data;
  const log = [...data.changeLog];
  const from = log.length - count;
  const hashes = lazyContentHashes(log);
  for (let i = from; i < log.length; i++) {
    const entry = unsealed(log[i]!);
    if (entry.boxKey !== undefined && entry.boxKey in data.lastAttributed) {
      const text = data.lastAttributed[entry.boxKey] ?? "";
      entry.textHash = textHashOf(text);
      entry.textSeal = await textSealOf(text);
    }
    if (i === log.length - 1) {
      entry.stateHash = stateHashOf(data);
      entry.stateSeal = await stateSealOf(data);
    }
    // an unsealed entry before this one changes the legacy link: only then are content hashes needed
    entry.prevHash = expectedLink(log, i, hashes);
    entry.hash = ownHash(entry);
    entry.prevSeal = await expectedSeal(log, i);
    // Entries taken over from another copy are not signed: the key holder did not write them.
    if (key && !entry.uncheckedCopy) {
      entry.keyId = key.keyId;
      entry.signature = await key.sign(await signedSealOf(entry));
    }
    entry.seal = await sealOf(entry);
    log[i] = entry;
  }
  // a document sealed before the mark existed: marked from its first sealed entry
  const sealedFrom = data.sealedFrom ?? log.find((e) => e.hash !== undefined)?.id;
  return { ...data, changeLog: log, ...(sealedFrom !== undefined ? { sealedFrom } : {}) };
}

/** The log's last entry is sealed and intact: its own hash (and seal) fit and it follows the entry before it. */
export async function lastEntryIntact(log: ChangeLog): Promise<boolean> {
  const index = log.length - 1;
  const last = log[index];
  if (!last?.hash || ownHash(last) !== last.hash) return false;
  if (last.prevHash !== expectedLink(log, index, lazyContentHashes(log))) return false;
  if (last.seal === undefined) return true;
  return (await sealOf(last)) === last.seal && last.prevSeal === (await expectedSeal(log, index));
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
  /** The state as the last sealed write left it, when that write was the last one (stateSeal: by a format 2 add-in). */
  lastState: { index: number; stateHash: string; stateSeal?: string } | null;
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
export async function checkChain(log: ChangeLog, tail = false, sealedFrom?: string): Promise<ChainCheck> {
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
  for (const [index, entry] of log.entries()) {
    if (!entry.hash && !entry.seal) {
      if (markAt >= 0 && index >= markAt) found.push({ kind: "unsealed", index });
      continue;
    }
    firstSealed ??= index;
    lastSealed = index;
    const linked = tail && index === 0;
    if ((entry.hash && ownHash(entry) !== entry.hash) || (entry.seal && (await sealOf(entry)) !== entry.seal))
      found.push({ kind: "changed", index });
    else if (
      !linked &&
      ((entry.hash && entry.prevHash !== expectedLink(log, index, hashes)) ||
        (entry.seal && entry.prevSeal !== (await expectedSeal(log, index))))
    )
      found.push({ kind: "gap", index });
    else if (entry.chainReset && entry.acknowledges) resets.push(index);
  }
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
      last?.stateHash && lastSealed === log.length - 1
        ? { index: lastSealed, stateHash: last.stateHash, ...(last.stateSeal ? { stateSeal: last.stateSeal } : {}) }
        : null,
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
export async function checkState(data: DataPart, chain: ChainCheck): Promise<StateCheck | null> {
  if (!chain.lastState) return null;
  const now = stateHashOf(data);
  const then = chain.lastState.stateHash;
  const sealThen = chain.lastState.stateSeal;
  const sealNow = sealThen === undefined ? undefined : await stateSealOf(data);
  if (now === then && sealNow === sealThen) return { agreementChanged: false, boxes: [], textsChanged: false };
  const lastText = new Map<string, { hash?: string; seal?: string }>();
  for (const e of data.changeLog) {
    if (e.boxKey !== undefined && e.textHash && e.hash) lastText.set(e.boxKey, { hash: e.textHash, seal: e.textSeal });
    // a fill session (fill-session.ts) names its boxes without a text hash per box: it is the last word on them
    for (const key of e.filled ?? []) lastText.delete(key);
  }
  const boxes: string[] = [];
  for (const [key, text] of Object.entries(data.lastAttributed)) {
    const last = lastText.get(key);
    if (!last) continue;
    if (last.hash !== textHashOf(text) || (last.seal !== undefined && last.seal !== (await textSealOf(text))))
      boxes.push(key);
  }
  const half = (hash: string | undefined, part: 0 | 1): string | undefined =>
    hash === undefined ? undefined : part === 0 ? hash.slice(0, hash.length / 2) : hash.slice(hash.length / 2);
  return {
    agreementChanged: now.slice(0, 14) !== then.slice(0, 14) || half(sealNow, 0) !== half(sealThen, 0),
    boxes,
    textsChanged: now.slice(14) !== then.slice(14) || half(sealNow, 1) !== half(sealThen, 1),
  };
}

/** A tail can be checked and extended alone when every entry in it is sealed (see checkChain). */
export function tailStandsAlone(data: DataPart): boolean {
  // the first chain runs through every sealed entry: a tail sealed in it can be checked alone
  return data.changeLog.length > 0 && data.changeLog.every((e) => e.hash !== undefined);
}
