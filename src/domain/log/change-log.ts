// The change log: append-only, one entry per change, stored in the data part and shown as
// the Wijzigingslogboek table. Entries are never edited or removed; merging two copies of a
// document keeps every entry of both.
import * as z from "zod/mini";
import { amsterdamDay } from "../dates/day";
import { isDay } from "../dates/dates";
import { canonicalJson, randomBase36, secureRandom, shortHash } from "./hash";
import { foreignSchema, type ForeignElement } from "../data-part/foreign-xml";

export const CHANGE_KINDS = [
  "created",
  "edit",
  "amendment",
  "externalEdit",
  "repair",
  "agreed",
  "rowAdded",
  "rowRemoved",
  "merge",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const MAX_DESCRIPTION = 500;
export const MAX_LOGGED_VALUE = 1000;

export interface ChangeEntry {
  id: string;
  /** ISO UTC instant, e.g. "2020-09-02T08:15:00.000Z". */
  timestamp: string;
  /**
   * "YYYYMMDD": the day of the change. The Amsterdam calendar day of the timestamp, except for a
   * hand-stamped outside edit (authorSource "handStamp"): there the day its author stamped.
   */
  day: string;
  /** The author of the change; "NN"/"onbekend" when nobody knows (authorSource "unknown"). */
  initials: string;
  organisation: string;
  name?: string;
  stepId?: string;
  boxKey?: string;
  kind: ChangeKind;
  description: string;
  before?: string;
  after?: string;
  /** Rebuilt from the visible table because the stored log was missing or damaged. */
  recovered?: boolean;
  /** Two copies held different entries under one id; this one got a new id while merging. */
  mergeConflict?: boolean;
  /** For an edit made outside the pane: how its author is known. Absent: the author recorded it. */
  authorSource?: AuthorSource;
  /** Who recorded an outside edit in the log (with authorSource; the author may be someone else). */
  recorderInitials?: string;
  recorderOrganisation?: string;
  /** Chain (see log-chain.ts): the link to the previous entry, this entry's own hash. */
  prevHash?: string;
  hash?: string;
  /** Hash of the full box text this entry left in its box (the logged before/after may be shortened). */
  textHash?: string;
  /** On the last entry of each write: hash of the form state (agreement, attributed texts, rows). */
  stateHash?: string;
  /** A repair that takes sides: the other side, whole (never shortened). */
  evidence?: string;
  /** A repair that accepted what was found: chain breaks before it were reported and are kept in its evidence. */
  chainReset?: boolean;
  /**
   * With chainReset: the breaks it accepts, each named by the broken entry and its hash as found
   * (breakKey in log-chain.ts). A reset accepts only these, and only while they are exactly so.
   */
  acknowledges?: string[];
  /**
   * Taken over from another copy by a merge, as that copy stated it: not checked there. The pane
   * shows "ongecontroleerd in de andere kopie", unless its kept signature verifies (signedAs).
   */
  uncheckedCopy?: boolean;
  /** A fill session before agreement (fill-session.ts): the boxes it filled and rows it added ("<fieldId>.<rowKey>").
   * */
  filled?: string[];
  /** A fill session: when it started (ISO UTC); `timestamp` is its latest save. */
  since?: string;
  /** SHA-256 chain (data format 2, see log-chain.ts): the previous entry's seal, this entry's own seal, and the SHA-256
   * counterparts of textHash and stateHash. */
  prevSeal?: string;
  seal?: string;
  textSeal?: string;
  stateSeal?: string;
  /**
   * Signed entry (entry-signature.ts, docs/ondertekening.md): the id of the professional's key
   * (first 16 hex of SHA-256 over its SPKI) and the ECDSA P-256 signature (base64) over the entry's
   * seal as it was before the signature was added. Read as unknown fields by older add-ins.
   */
  keyId?: string;
  signature?: string;
  /**
   * An adopted signed entry (uncheckedCopy, adopted-signature.ts): the fields the merge changed,
   * as they were signed (canonical JSON), so its signature can still be verified.
   */
  signedAs?: string;
  /** Elements of the entry this add-in does not know (a newer add-in's), written back unchanged (foreign-xml.ts). */
  foreign?: ForeignElement[];
}

export const AUTHOR_SOURCES = ["handStamp", "chosen", "unknown"] as const;
export type AuthorSource = (typeof AUTHOR_SOURCES)[number];

export type ChangeLog = readonly ChangeEntry[];

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const MARKER_ROOM = 60;
const HASH = /^[0-9a-z]{14}$/;
const SHA = /^[0-9a-f]{64}$/;
/** The other side kept by a repair: whole, up to the size a data part may have anyway. */
export const MAX_EVIDENCE = 4_000_000;

const upTo = (max: number) => z.string().check(z.maxLength(max));
const shaped = (re: RegExp, message?: string) => z.string().check(z.regex(re, message));
const isoTime = z
  .string()
  .check(
    z.refine((t) => ISO_UTC.test(t) && !Number.isNaN(Date.parse(t)), "Ongeldig tijdstip in het wijzigingslogboek."),
  );
const initials = shaped(/^\p{L}{1,5}$/u, "Ongeldige initialen in het wijzigingslogboek.");
const { optional } = z;

export const changeEntrySchema = z.object({
  id: shaped(/^[0-9A-Za-z][0-9A-Za-z~_.-]{0,199}$/, "Ongeldige id in het wijzigingslogboek."),
  timestamp: isoTime,
  day: z.string().check(z.refine(isDay, "Ongeldige datum in het wijzigingslogboek.")),
  initials,
  organisation: z.string().check(z.minLength(1, "Organisatie ontbreekt in het wijzigingslogboek."), z.maxLength(200)),
  name: optional(upTo(200)),
  stepId: optional(upTo(100)),
  boxKey: optional(upTo(300)),
  kind: z.enum(CHANGE_KINDS),
  description: upTo(MAX_DESCRIPTION + MARKER_ROOM),
  before: optional(upTo(MAX_LOGGED_VALUE + MARKER_ROOM)),
  after: optional(upTo(MAX_LOGGED_VALUE + MARKER_ROOM)),
  recovered: optional(z.boolean()),
  mergeConflict: optional(z.boolean()),
  authorSource: optional(z.enum(AUTHOR_SOURCES)),
  recorderInitials: optional(initials),
  recorderOrganisation: optional(z.string().check(z.minLength(1), z.maxLength(200))),
  prevHash: optional(shaped(HASH)),
  hash: optional(shaped(HASH)),
  textHash: optional(shaped(HASH)),
  stateHash: optional(shaped(/^[0-9a-z]{28}$/)),
  evidence: optional(upTo(MAX_EVIDENCE)),
  chainReset: optional(z.boolean()),
  acknowledges: optional(z.array(upTo(300)).check(z.maxLength(100_000))),
  uncheckedCopy: optional(z.boolean()),
  filled: optional(z.array(upTo(300)).check(z.maxLength(5000))),
  since: optional(isoTime),
  prevSeal: optional(shaped(SHA)),
  seal: optional(shaped(SHA)),
  textSeal: optional(shaped(SHA)),
  stateSeal: optional(shaped(/^[0-9a-f]{128}$/)),
  keyId: optional(shaped(/^[0-9a-f]{16}$/)),
  signature: optional(shaped(/^[A-Za-z0-9+/]{1,200}={0,2}$/)),
  signedAs: optional(upTo(MAX_EVIDENCE)),
  foreign: optional(foreignSchema),
});

/** Shortens long text without splitting an emoji, noting how long it was. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}… [ingekort, ${Array.from(text).length} tekens]`;
}

export interface NewEntry {
  kind: ChangeKind;
  description: string;
  stepId?: string;
  boxKey?: string;
  before?: string;
  after?: string;
}

export interface Signer {
  initials: string;
  organisation: string;
  name?: string;
}

/** Time-based + random: sorts roughly by creation and is unique across copies in practice. */
export function newEntryId(now: Date, random: () => number = secureRandom): string {
  return `${now.getTime().toString(36)}-${randomBase36(6, random)}`;
}

export function createEntry(
  input: NewEntry,
  who: Signer,
  now: Date = new Date(),
  random: () => number = secureRandom,
): ChangeEntry {
  const entry: ChangeEntry = {
    id: newEntryId(now, random),
    timestamp: now.toISOString(),
    day: amsterdamDay(now),
    initials: who.initials,
    organisation: who.organisation,
    kind: input.kind,
    description: truncateText(input.description, MAX_DESCRIPTION),
  };
  if (who.name) entry.name = who.name;
  if (input.stepId !== undefined) entry.stepId = input.stepId;
  if (input.boxKey !== undefined) entry.boxKey = input.boxKey;
  if (input.before !== undefined) entry.before = truncateText(input.before, MAX_LOGGED_VALUE);
  if (input.after !== undefined) entry.after = truncateText(input.after, MAX_LOGGED_VALUE);
  return entry;
}

/** A new log with the entry at the end; the log passed in is not changed. */
export function appendEntry(log: ChangeLog, entry: ChangeEntry): ChangeEntry[] {
  const check = changeEntrySchema.safeParse(entry);
  if (!check.success) throw new Error(`Ongeldige logregel: ${check.error.issues.map((i) => i.message).join(" ")}`);
  if (log.some((e) => e.id === entry.id))
    throw new Error(`Er staat al een logregel met id ‘${entry.id}’ in het wijzigingslogboek.`);
  return [...log, { ...entry }];
}

/** Content of an entry apart from its id and merge flag, for comparing copies. */
function contentOf(e: ChangeEntry): string {
  // The chain fields differ once a copy re-chains entries it merged: they are not content.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, mergeConflict, prevHash, hash, stateHash, textHash, prevSeal, seal, stateSeal, textSeal, ...content } = e;
  return canonicalJson(content);
}

export function compareEntries(a: ChangeEntry, b: ChangeEntry): number {
  const ta = Date.parse(a.timestamp);
  const tb = Date.parse(b.timestamp);
  if (ta !== tb) return ta - tb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortLog(log: ChangeLog): ChangeEntry[] {
  return [...log].sort(compareEntries);
}

/**
 * Union of two logs by id, losing nothing. The same id with different content keeps both:
 * the copy whose content sorts later gets a content-derived id suffix and mergeConflict, so
 * the result does not depend on which log comes first and merging again changes nothing.
 */
export function mergeLogs(a: ChangeLog, b: ChangeLog): ChangeEntry[] {
  const all = [...a, ...b].map((e) => ({ e, key: canonicalJson(e) }));
  all.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const out = new Map<string, ChangeEntry>();
  const place = (e: ChangeEntry): void => {
    const existing = out.get(e.id);
    if (!existing) {
      out.set(e.id, e);
    } else if (contentOf(existing) !== contentOf(e)) {
      place({ ...e, id: `${e.id}~${shortHash(contentOf(e)).slice(0, 8)}`, mergeConflict: true });
    }
  };
  for (const { e } of all) place(e);
  return sortLog([...out.values()]);
}
