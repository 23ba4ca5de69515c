// Signed log entries (issue 27, docs/ondertekening.md): a professional's non-extractable ECDSA
// P-256 key signs each new entry's seal (log-chain.ts, signedSealOf), and the organisations' key
// lists (key-list.ts) tell whose key it is. This module checks an entry's signature and names
// its status as the pane shows it. WebCrypto only; no storage, no network.
import type { ChangeEntry, ChangeLog } from "./change-log";
import { signedSealOf, type EntryKey } from "./log-chain";
import type { KeyRing, ListedKey } from "./key-list";
import { fromBase64, keyIdOf, signText, verifyText } from "./signing-crypto";
import { identityForm, sameOrganisation } from "./identity-text";
import { dayToDutch } from "../text/dates";
import { byCount } from "../text/plural";
import { signedOriginal } from "./adopted-signature";

export { generateSigningKey, keyIdOf, publicKeyText } from "./signing-crypto";

interface Who {
  initials: string;
  organisation: string;
}

export type SignatureStatus =
  /** Verified with a key of a valid list, of the person the entry names as its recorder. `adopted`: taken over from
   * another copy, verified over the entry as it was signed there (adopted-signature.ts). */
  | ({ kind: "known"; recorded: boolean; adopted?: true } & Who)
  /** Signed with a key no valid list holds (a new colleague before the next list, another region). */
  | { kind: "unknownKey" }
  /** Signed, but no key list is loaded: nothing could be checked. */
  | { kind: "unchecked" }
  /** The key is listed, but the signature does not fit the entry: changed after signing. */
  | ({ kind: "invalid" } & Who)
  /** Signed with a key revoked on or before the entry's day. */
  | ({ kind: "revoked"; revokedOn: string } & Who)
  /** A listed key of someone else than the entry names. */
  | ({ kind: "otherPerson"; named: Who } & Who)
  /** No signature. `expected`: after a verified entry, from an organisation that has a key list. */
  | { kind: "unsigned"; expected: boolean };

/** The key as the chain signs with it (sealNewEntries). */
export async function entryKeyOf(keys: CryptoKeyPair): Promise<EntryKey> {
  const keyId = await keyIdOf(keys.publicKey);
  return { keyId, sign: (seal) => signText(keys.privateKey, seal) };
}

/** Who an entry says recorded it: the recorder of an outside edit, else its author. */
export function recorderOf(entry: ChangeEntry): Who {
  return {
    initials: entry.recorderInitials ?? entry.initials,
    organisation: entry.recorderOrganisation ?? entry.organisation,
  };
}

const samePerson = (a: Who, b: Who): boolean =>
  identityForm(a.initials) === identityForm(b.initials) && sameOrganisation(a.organisation, b.organisation);

/** Checks one entry's signature against the key ring (without the context of the entries before it). */
export async function verifyEntry(entry: ChangeEntry, ring: KeyRing): Promise<SignatureStatus> {
  if (!entry.signature || !entry.keyId) {
    // taken over from another copy: checked over the entry as it was signed there
    const original = entry.uncheckedCopy ? signedOriginal(entry) : null;
    if (!original) return { kind: "unsigned", expected: false };
    const status = await verifyEntry(original, ring);
    return status.kind === "known" ? { ...status, adopted: true } : status;
  }
  if (!ring.loaded) return { kind: "unchecked" };
  const key: ListedKey | undefined = ring.keys.find((k) => k.keyId === entry.keyId);
  if (!key) return { kind: "unknownKey" };
  const who = { initials: key.initials, organisation: key.organisation };
  const signature = fromBase64(entry.signature);
  if (!signature || !(await verifyText(key.publicKey, signature, await signedSealOf(entry))))
    return { kind: "invalid", ...who };
  if (key.revokedOn !== undefined && entry.day >= key.revokedOn)
    return { kind: "revoked", ...who, revokedOn: key.revokedOn };
  const named = recorderOf(entry);
  if (!samePerson(named, who)) return { kind: "otherPerson", ...who, named };
  return { kind: "known", ...who, recorded: entry.authorSource !== undefined };
}

export interface SignatureCheck {
  /** One per entry of the log checked. */
  statuses: SignatureStatus[];
  /** Indexes of the entries whose status is a problem (signatureProblem). */
  problems: number[];
}

/** A status that says something is wrong (not merely unknown or unsigned). */
export function signatureProblem(status: SignatureStatus): boolean {
  return (
    status.kind === "invalid" ||
    status.kind === "revoked" ||
    status.kind === "otherPerson" ||
    (status.kind === "unsigned" && status.expected)
  );
}

/**
 * Every entry's status. Once an entry verified, a later unsigned entry is expected to be signed
 * when the organisation that recorded it has a valid key list (its professionals sign): someone
 * without a key who changed a signed entry and removed its signature, or added an entry in the
 * name of such an organisation, is seen there. Entries taken over from another copy are not
 * expected to be signed (they say so: uncheckedCopy).
 */
export async function checkSignatures(log: ChangeLog, ring: KeyRing): Promise<SignatureCheck> {
  const statuses: SignatureStatus[] = [];
  let signedSeen = false;
  for (const entry of log) {
    let status = await verifyEntry(entry, ring);
    if (status.kind === "unsigned" && signedSeen && !entry.uncheckedCopy) {
      const org = recorderOf(entry).organisation;
      if (ring.organisations.some((o) => sameOrganisation(o, org))) status = { kind: "unsigned", expected: true };
    }
    // an adopted entry was signed in another copy's chain: it says nothing of who signs in this one
    if (status.kind === "known" && !status.adopted) signedSeen = true;
    statuses.push(status);
  }
  return { statuses, problems: statuses.flatMap((s, i) => (signatureProblem(s) ? [i] : [])) };
}

/** An entry taken over from another copy whose signature verifies: it no longer says "ongecontroleerd". */
export function verifiedAdopted(status: SignatureStatus | undefined): boolean {
  return status?.kind === "known" && status.adopted === true;
}

/** The status as the pane shows it per entry (Dutch). */
export function signatureStatusText(status: SignatureStatus): string {
  switch (status.kind) {
    case "known": {
      const known = status.recorded
        ? `ondertekend door ${status.initials} (${status.organisation}), sleutel bekend; ${status.initials} legde deze wijziging buiten het venster vast, de auteur zelf heeft niet ondertekend`
        : `ondertekend door ${status.initials} (${status.organisation}), sleutel bekend`;
      return status.adopted ? `${known} — overgenomen uit een andere kopie` : known;
    }
    case "unknownKey":
      return "onbekende sleutel: de handtekening kan niet worden toegeschreven";
    case "unchecked":
      return "handtekening niet gecontroleerd: er is geen sleutellijst geladen";
    case "invalid":
      return `handtekening klopt niet: de regel is gewijzigd nadat ${status.initials} (${status.organisation}) hem ondertekende`;
    case "revoked":
      return `sleutel ingetrokken: ondertekend met een sleutel van ${status.initials} (${status.organisation}) die op ${dayToDutch(status.revokedOn)} is ingetrokken`;
    case "otherPerson":
      return `ondertekend met de sleutel van ${status.initials} (${status.organisation}), niet van ${status.named.initials} (${status.named.organisation}) die de regel noemt`;
    case "unsigned":
      return status.expected
        ? "niet ondertekend, terwijl eerdere regels ondertekend zijn en deze organisatie een sleutellijst heeft"
        : "niet ondertekend";
  }
}

/** How many of the entries a problem line names; the rest are counted. */
const NAMED = 3;

/**
 * The signature problems of a log as one line for the problems shown on opening (the Logboek shows
 * them per entry); null when there are none. `statusOf`: the entry's status, once checked.
 */
export function signatureProblemsText(
  log: ChangeLog,
  statusOf: (entry: ChangeEntry) => SignatureStatus | undefined,
): string | null {
  const found = log.flatMap((entry) => {
    const status = statusOf(entry);
    return status && signatureProblem(status) ? [{ entry, status }] : [];
  });
  if (found.length === 0) return null;
  const named = found
    .slice(0, NAMED)
    .map(
      ({ entry, status }) =>
        `${dayToDutch(entry.day)}, ${entry.initials} (${entry.organisation}): ${signatureStatusText(status)}`,
    );
  const more = found.length > NAMED ? `; en nog ${found.length - NAMED}` : "";
  return `${byCount(found.length, "Bij 1 logregel klopt", "Bij {n} logregels klopt")} de ondertekening niet (${named.join("; ")}${more}). Zie ‘Ondertekening’ bij de regel in het Logboek. Herstellen kan een handtekening niet herstellen.`;
}
