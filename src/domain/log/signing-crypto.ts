// WebCrypto for signed entries and key lists: ECDSA P-256 with SHA-256, keys as SPKI base64,
// a key's id the first 16 hex characters of SHA-256 over its SPKI bytes. No storage, no network.

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256" } as const;
const SIGN = { name: "ECDSA", hash: "SHA-256" } as const;

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  let binary = "";
  for (const b of bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
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

async function idOfBytes(spki: BufferSource): Promise<string> {
  const digest = new Uint8Array(await subtle().digest("SHA-256", spki));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The public key as SPKI base64: what the professional hands to IT. */
export async function publicKeyText(publicKey: CryptoKey): Promise<string> {
  return toBase64(await subtle().exportKey("spki", publicKey));
}

/** The key's fingerprint: the first 16 hex characters of SHA-256 over its SPKI form. */
export async function keyIdOf(publicKey: CryptoKey): Promise<string> {
  return idOfBytes(await subtle().exportKey("spki", publicKey));
}

/** keyIdOf for a key given as SPKI base64 ("" when it is not base64). */
export async function keyIdOfSpki(spki: string): Promise<string> {
  const bytes = fromBase64(spki);
  return bytes ? idOfBytes(bytes) : "";
}

/** An SPKI base64 public key as a CryptoKey that can verify, or null when it is none. */
export async function importPublicKey(spki: string): Promise<CryptoKey | null> {
  const bytes = fromBase64(spki);
  if (!bytes) return null;
  try {
    return await subtle().importKey("spki", bytes, ALGORITHM, true, ["verify"]);
  } catch {
    return null;
  }
}

export async function signText(privateKey: CryptoKey, text: string): Promise<string> {
  return toBase64(await subtle().sign(SIGN, privateKey, new TextEncoder().encode(text)));
}

export async function verifyText(
  publicKey: CryptoKey,
  signature: Uint8Array<ArrayBuffer>,
  text: string,
): Promise<boolean> {
  try {
    return await subtle().verify(SIGN, publicKey, signature, new TextEncoder().encode(text));
  } catch {
    return false;
  }
}
