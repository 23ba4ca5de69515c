// The release kit's key administration (docs/it-beheer.md, "Ondertekening"): an organisation
// key, the organisation's key list (add, revoke), signing it, and bundling the signed lists into
// the file served with the release. Node's WebCrypto; files only, no network.
import { existsSync, readFileSync, writeFileSync } from "fs";
import {
  amsterdamDay,
  keyIdOfSpki,
  keyListSchema,
  KEY_LIST_FORMAT,
  keyListFileSchema,
  signedKeyListSchema,
  signKeyList,
  toBase64,
  type KeyList,
  type SignedKeyList,
  type TrustAnchor,
} from "../../src/domain";
import { isDay } from "../../src/domain/dates/dates";

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256" } as const;
const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8")) as unknown;
const writeJson = (path: string, value: unknown): void => writeFileSync(path, JSON.stringify(value, null, 2) + "\n");

/**
 * A new organisation key: the private key (JWK) to `privatePath`, to be kept offline by the
 * administrator; its public key added to the trust anchors file (ORG_KEYS at release time).
 */
export async function createOrgKey(
  organisation: string,
  privatePath: string,
  anchorsPath: string,
): Promise<TrustAnchor> {
  if (existsSync(privatePath))
    throw new Error(`${privatePath} bestaat al: een organisatiesleutel wordt niet overschreven.`);
  const keys = await subtle().generateKey(ALGORITHM, true, ["sign", "verify"]);
  const anchor = { organisation, publicKey: toBase64(await subtle().exportKey("spki", keys.publicKey)) };
  writeFileSync(privatePath, JSON.stringify(await subtle().exportKey("jwk", keys.privateKey)) + "\n", { mode: 0o600 });
  const anchors = existsSync(anchorsPath) ? (readJson(anchorsPath) as TrustAnchor[]) : [];
  writeJson(anchorsPath, [...anchors, anchor]);
  return anchor;
}

function readList(path: string, organisation?: string): KeyList {
  if (!existsSync(path)) {
    if (!organisation) throw new Error(`${path} bestaat niet; geef --organisatie om een nieuwe lijst te beginnen.`);
    return { format: KEY_LIST_FORMAT, version: 1, organisation, issued: "20000101", keys: [] };
  }
  return keyListSchema.parse(readJson(path));
}

/** Adds a professional's public key (SPKI base64, from the pane's profile screen) to the list. */
export async function addKey(
  listPath: string,
  key: { initials: string; publicKey: string; name?: string },
  organisation?: string,
): Promise<string> {
  const list = readList(listPath, organisation);
  const keyId = await keyIdOfSpki(key.publicKey);
  if (!keyId) throw new Error("De publieke sleutel is geen base64.");
  for (const k of list.keys)
    if ((await keyIdOfSpki(k.publicKey)) === keyId) throw new Error(`Sleutel ${keyId} staat al in de lijst.`);
  const entry = { initials: key.initials, publicKey: key.publicKey, ...(key.name ? { name: key.name } : {}) };
  writeJson(listPath, keyListSchema.parse({ ...list, keys: [...list.keys, entry] }));
  return keyId;
}

/** Revokes a key from `day` on ("YYYYMMDD"): entries of that day or later signed with it are not trusted. */
export async function revokeKey(listPath: string, keyId: string, day: string): Promise<void> {
  if (!isDay(day)) throw new Error(`Ongeldige datum ${day}: gebruik JJJJMMDD.`);
  const list = readList(listPath);
  let found = false;
  const keys = [];
  for (const k of list.keys) {
    const match = (await keyIdOfSpki(k.publicKey)) === keyId;
    found ||= match;
    keys.push(match ? { ...k, revokedOn: k.revokedOn && k.revokedOn < day ? k.revokedOn : day } : k);
  }
  if (!found) throw new Error(`Sleutel ${keyId} staat niet in de lijst.`);
  writeJson(listPath, { ...list, keys });
}

/** Signs the list with the organisation's private key (JWK), issued today (or `issued`). */
export async function signList(
  listPath: string,
  privateKeyPath: string,
  outPath: string,
  issued: string = amsterdamDay(new Date()),
): Promise<SignedKeyList> {
  const list = { ...readList(listPath), issued };
  const jwk = readJson(privateKeyPath) as JsonWebKey;
  const privateKey = await subtle().importKey("jwk", jwk, ALGORITHM, false, ["sign"]);
  // the public half of the JWK: the anchor the list is checked against
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { d, ...pub } = jwk;
  const publicKey = await subtle().importKey("jwk", { ...pub, key_ops: ["verify"] }, ALGORITHM, true, ["verify"]);
  const spki = toBase64(await subtle().exportKey("spki", publicKey));
  const signed = await signKeyList(list, privateKey, spki);
  writeJson(outPath, signed);
  return signed;
}

/** The file served with the release (KEY_LISTS): the signed lists of every organisation. */
export function bundleLists(outPath: string, signedPaths: readonly string[]): void {
  const lists = signedPaths.map((p) => signedKeyListSchema.parse(readJson(p)));
  writeJson(outPath, keyListFileSchema.parse({ lists }));
}
