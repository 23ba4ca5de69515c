// The organisations' key lists (docs/ondertekening.md): per organisation the professionals' public
// keys, signed by the organisation's own key, published as a static file with each release. The
// organisations' public keys (trust anchors) are fixed in the build; a list not signed by the
// anchor of the organisation it names is ignored (and said so). WebCrypto only; no network.
import * as z from "zod/mini";
import { isDay } from "../dates/dates";
import { fromBase64, importPublicKey, keyIdOfSpki, signText, verifyText } from "./signing-crypto";
import { sameOrganisation } from "./identity-text";

export const KEY_LIST_FORMAT = "handreiking-regie-sleutellijst";

const day = z.string().check(z.refine(isDay, "Ongeldige datum in de sleutellijst."));
const spki = z
  .string()
  .check(z.regex(/^[A-Za-z0-9+/]{40,400}={0,2}$/, "Ongeldige publieke sleutel in de sleutellijst."));

/** One organisation's list, as its administrator writes it (the signed text is this, as JSON). */
export const keyListSchema = z.object({
  format: z.literal(KEY_LIST_FORMAT),
  version: z.literal(1),
  organisation: z.string().check(z.minLength(1), z.maxLength(200)),
  /** "YYYYMMDD": when the list was signed; of two valid lists of one organisation the newest counts. */
  issued: day,
  keys: z
    .array(
      z.object({
        initials: z.string().check(z.regex(/^\p{L}{1,5}$/u, "Ongeldige initialen in de sleutellijst.")),
        name: z.optional(z.string().check(z.maxLength(200))),
        /** SPKI, base64. */
        publicKey: spki,
        /** "YYYYMMDD": entries of this day or later signed with it are not trusted. */
        revokedOn: z.optional(day),
      }),
    )
    .check(z.maxLength(10_000)),
});
export type KeyList = z.infer<typeof keyListSchema>;

/** The list as published: its exact JSON text and the organisation key's signature over it. */
export const signedKeyListSchema = z.object({
  list: z.string().check(z.maxLength(5_000_000)),
  /** keyId of the organisation key that signed it. */
  signedBy: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  signature: z.string().check(z.regex(/^[A-Za-z0-9+/]{1,200}={0,2}$/)),
});
export type SignedKeyList = z.infer<typeof signedKeyListSchema>;

/** The file served with the release (sleutellijsten.json): every organisation's signed list. */
export const keyListFileSchema = z.object({ lists: z.array(signedKeyListSchema).check(z.maxLength(200)) });
export type KeyListFile = z.infer<typeof keyListFileSchema>;

/** An organisation's public key the build trusts to sign its key list. */
export interface TrustAnchor {
  organisation: string;
  /** SPKI, base64. */
  publicKey: string;
}

/** One professional's key from a valid list. */
export interface ListedKey {
  initials: string;
  organisation: string;
  keyId: string;
  publicKey: CryptoKey;
  revokedOn?: string;
}

/** What the pane knows about keys: the valid lists' keys, and what was refused and why. */
export interface KeyRing {
  /** False: no key list was loaded at all (none served, or none valid); the pane says so. */
  loaded: boolean;
  keys: ListedKey[];
  /** Organisations with a valid list (their professionals are expected to sign). */
  organisations: string[];
  /** Dutch, one per list refused. */
  refused: string[];
}

export const NO_KEY_RING: KeyRing = { loaded: false, keys: [], organisations: [], refused: [] };

async function checkList(signed: SignedKeyList, anchors: readonly TrustAnchor[]): Promise<KeyList | string> {
  let parsed: KeyList;
  try {
    const result = keyListSchema.safeParse(JSON.parse(signed.list));
    if (!result.success) return "Een sleutellijst is onleesbaar en wordt genegeerd.";
    parsed = result.data;
  } catch {
    return "Een sleutellijst is onleesbaar en wordt genegeerd.";
  }
  const list = parsed;
  const candidates = [];
  for (const a of anchors) if ((await keyIdOfSpki(a.publicKey)) === signed.signedBy) candidates.push(a);
  const anchor = candidates.find((a) => sameOrganisation(a.organisation, list.organisation));
  if (!anchor)
    return `De sleutellijst van ${list.organisation} is niet ondertekend met een organisatiesleutel die deze versie voor ${list.organisation} kent en wordt genegeerd.`;
  const signature = fromBase64(signed.signature);
  const key = await importPublicKey(anchor.publicKey);
  if (!signature || !key || !(await verifyText(key, signature, signed.list)))
    return `De handtekening onder de sleutellijst van ${list.organisation} klopt niet; de lijst wordt genegeerd.`;
  return list;
}

/**
 * The keys of every list signed by the trust anchor of the organisation it names. Of two valid
 * lists of one organisation only the newest (issued) counts, so a revocation cannot be undone by
 * serving an older list next to it.
 */
export async function loadKeyRing(file: unknown, anchors: readonly TrustAnchor[]): Promise<KeyRing> {
  const parsed = keyListFileSchema.safeParse(file);
  if (!parsed.success) return { ...NO_KEY_RING, refused: ["Het bestand met sleutellijsten is onleesbaar."] };
  const refused: string[] = [];
  const newest = new Map<string, KeyList>();
  for (const signed of parsed.data.lists) {
    const list = await checkList(signed, anchors);
    if (typeof list === "string") {
      refused.push(list);
      continue;
    }
    const key = [...newest.keys()].find((o) => sameOrganisation(o, list.organisation)) ?? list.organisation;
    const known = newest.get(key);
    if (!known || list.issued > known.issued) newest.set(key, list);
  }
  const keys: ListedKey[] = [];
  for (const list of newest.values())
    for (const k of list.keys) {
      const publicKey = await importPublicKey(k.publicKey);
      if (!publicKey) {
        refused.push(`Een sleutel van ${k.initials} in de lijst van ${list.organisation} is onleesbaar.`);
        continue;
      }
      keys.push({
        initials: k.initials,
        organisation: list.organisation,
        keyId: await keyIdOfSpki(k.publicKey),
        publicKey,
        ...(k.revokedOn ? { revokedOn: k.revokedOn } : {}),
      });
    }
  return { loaded: newest.size > 0, keys, organisations: [...newest.values()].map((l) => l.organisation), refused };
}

/** Signs a list with the organisation's private key (the release kit's keys script; tests). */
export async function signKeyList(
  list: KeyList,
  orgPrivateKey: CryptoKey,
  orgPublicKey: string,
): Promise<SignedKeyList> {
  const text = JSON.stringify(keyListSchema.parse(list), null, 2);
  return { list: text, signedBy: await keyIdOfSpki(orgPublicKey), signature: await signText(orgPrivateKey, text) };
}
