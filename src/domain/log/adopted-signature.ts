// A merge takes entries over from another copy (uncheckedCopy) and seals them again into this
// copy's chain: their links, seals and signature fields change. So that any later reader can still
// verify the signature of a signed entry, the merge keeps, in the same entry, the fields it changes
// as they were signed (`signedAs`, canonical JSON). The new seal covers `signedAs` like any field.
// What a verified adopted entry proves: the key holder signed an entry with this content and this
// author/recorder. Not where it stood in the other copy's chain: its old link (prevSeal) is kept,
// but the entry it pointed to is not checked here.
import * as z from "zod/mini";
import { changeEntrySchema, type ChangeEntry } from "./change-log";
import { canonicalJson } from "./hash";

/** What adopting and sealing again changes in an entry; every other field is kept as signed. */
const CHANGED_BY_ADOPTION = [
  "prevHash",
  "hash",
  "textHash",
  "stateHash",
  "prevSeal",
  "seal",
  "textSeal",
  "stateSeal",
  "keyId",
  "signature",
  "chainReset",
  "acknowledges",
  "uncheckedCopy",
  "signedAs",
] as const;

const signedAsSchema = z.strictObject({
  ...z.pick(changeEntrySchema, {
    prevHash: true,
    hash: true,
    textHash: true,
    stateHash: true,
    prevSeal: true,
    seal: true,
    textSeal: true,
    stateSeal: true,
    chainReset: true,
    acknowledges: true,
    uncheckedCopy: true,
    signedAs: true,
  }).shape,
  keyId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  signature: z.string().check(z.minLength(1)),
});

/**
 * The entry as a merge takes it over: marked as the other copy's word (uncheckedCopy), without a
 * repair's acceptance of breaks (that belongs to the copy it was made in), and, when it is signed,
 * with what its signature covers kept in `signedAs`.
 */
export function adoptEntry(entry: ChangeEntry): ChangeEntry {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { chainReset, acknowledges, ...rest } = entry;
  const adopted: ChangeEntry = { ...rest, uncheckedCopy: true };
  if (entry.keyId !== undefined && entry.signature !== undefined) {
    const kept: Record<string, unknown> = {};
    for (const k of CHANGED_BY_ADOPTION) if (entry[k] !== undefined) kept[k] = entry[k];
    adopted.signedAs = canonicalJson(kept);
  }
  return adopted;
}

/**
 * The entry as it was signed in the other copy, rebuilt from an adopted entry's `signedAs`; null
 * when it has none or it cannot be read (then the entry counts as unsigned: it stays
 * "ongecontroleerd in de andere kopie", and a changed `signedAs` breaks this copy's chain anyway).
 */
export function signedOriginal(entry: ChangeEntry): ChangeEntry | null {
  if (entry.signedAs === undefined) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(entry.signedAs);
  } catch {
    return null;
  }
  const parsed = signedAsSchema.safeParse(stored);
  if (!parsed.success) return null;
  const original: ChangeEntry = { ...entry };
  for (const k of CHANGED_BY_ADOPTION) delete original[k];
  return { ...original, ...parsed.data };
}
