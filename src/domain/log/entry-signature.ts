// Signed log entries (issue 27, docs/ondertekening.md): a professional's non-extractable ECDSA
// P-256 key signs an entry's seal (its `hash`, log-chain.ts, an opaque text here), and a key list
// published by the organisation tells whose key it is. WebCrypto only; no storage, no network.
// Storing the CryptoKey in IndexedDB and loading the published key list are not built yet.

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256" } as const;
const SIGN = { name: "ECDSA", hash: "SHA-256" } as const;

/** One key of an organisation's published key list. */
export interface ListedKey {
  initials: string;
  organisation: string;
  /** keyIdOf(publicKey). */
  keyId: string;
  publicKey: CryptoKey;
  /** "YYYYMMDD": entries of this day or later signed with it are not trusted (a lost laptop). */
  revokedOn?: string;
}

/** What an entry carries when it is signed. */
export interface SignedSeal {
  /** The entry's seal (log-chain.ts): what is signed. */
  hash?: string;
  /** "YYYYMMDD", the entry's day (for revocation). */
  day: string;
  signature?: string;
  keyId?: string;
}

export type SignatureStatus =
  | { kind: "known"; initials: string; organisation: string }
  | { kind: "unknownKey" }
  | { kind: "invalid"; initials: string; organisation: string }
  | { kind: "revoked"; initials: string; organisation: string; revokedOn: string }
  | { kind: "unsigned" };

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

function toBase64(bytes: ArrayBuffer): string {
  let binary = "";
  for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** A new key pair whose private key can sign but never be exported (not even by the add-in). */
export function generateSigningKey(): Promise<CryptoKeyPair> {
  return subtle().generateKey(ALGORITHM, false, ["sign", "verify"]);
}

/** The key's fingerprint: the first 16 hex characters of SHA-256 over its SPKI form. */
export async function keyIdOf(publicKey: CryptoKey): Promise<string> {
  const spki = await subtle().exportKey("spki", publicKey);
  const digest = new Uint8Array(await subtle().digest("SHA-256", spki));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Signs an entry's seal; the signature (base64) and the key's id go into the entry. */
export async function signSeal(seal: string, keys: CryptoKeyPair): Promise<{ signature: string; keyId: string }> {
  const signature = await subtle().sign(SIGN, keys.privateKey, new TextEncoder().encode(seal));
  return { signature: toBase64(signature), keyId: await keyIdOf(keys.publicKey) };
}

/** Checks an entry's signature against the key list. */
export async function verifySeal(entry: SignedSeal, keyList: readonly ListedKey[]): Promise<SignatureStatus> {
  if (!entry.signature || !entry.keyId || !entry.hash) return { kind: "unsigned" };
  const key = keyList.find((k) => k.keyId === entry.keyId);
  if (!key) return { kind: "unknownKey" };
  const who = { initials: key.initials, organisation: key.organisation };
  const signature = fromBase64(entry.signature);
  const valid =
    signature !== null && (await subtle().verify(SIGN, key.publicKey, signature, new TextEncoder().encode(entry.hash)));
  if (!valid) return { kind: "invalid", ...who };
  if (key.revokedOn !== undefined && entry.day >= key.revokedOn)
    return { kind: "revoked", ...who, revokedOn: key.revokedOn };
  return { kind: "known", ...who };
}

/** The status as the pane shows it per entry (Dutch). */
export function signatureStatusText(status: SignatureStatus): string {
  switch (status.kind) {
    case "known":
      return `ondertekend door ${status.initials} (${status.organisation}), sleutel bekend`;
    case "unknownKey":
      return "onbekende sleutel";
    case "invalid":
      return `handtekening van ${status.initials} (${status.organisation}) klopt niet: de regel is na ondertekenen gewijzigd`;
    case "revoked":
      return `ondertekend met een sleutel van ${status.initials} (${status.organisation}) die op ${status.revokedOn.slice(6)}-${status.revokedOn.slice(4, 6)}-${status.revokedOn.slice(0, 4)} is ingetrokken`;
    case "unsigned":
      return "niet ondertekend";
  }
}
