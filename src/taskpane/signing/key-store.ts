// Where the professional's signing key lives: this browser engine's IndexedDB, as a CryptoKey
// (never its bytes: the private key is not extractable, so not even the add-in can read or send
// it). One key per profile (initials and organisation), per Windows/Mac user and Office
// installation; Word on the web: per browser profile. Tests pass a Map-backed store.
import { entryKeyOf, generateSigningKey, identityForm, keyIdOf, publicKeyText, type EntryKey } from "../../domain";

export interface KeyStore {
  get(id: string): Promise<CryptoKeyPair | null>;
  put(id: string, keys: CryptoKeyPair): Promise<void>;
}

/** In memory (tests; a browser without IndexedDB keeps the key only while the pane is open). */
export function memoryKeyStore(map: Map<string, CryptoKeyPair> = new Map()): KeyStore {
  return {
    get: (id) => Promise.resolve(map.get(id) ?? null),
    put: (id, keys) => {
      map.set(id, keys);
      return Promise.resolve();
    },
  };
}

const DB = "handreiking-regie-sleutels";
const STORE = "sleutels";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error("IndexedDB"));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const r = factory.open(DB, 1);
  r.onupgradeneeded = () => r.result.createObjectStore(STORE);
  return request(r);
}

/** The browser's IndexedDB (structured clone keeps a CryptoKey a CryptoKey, non-extractable included). */
export function indexedDbKeyStore(factory: IDBFactory = indexedDB): KeyStore {
  return {
    async get(id) {
      const db = await open(factory);
      try {
        const found: unknown = await request(db.transaction(STORE).objectStore(STORE).get(id));
        return isKeyPair(found) ? found : null;
      } finally {
        db.close();
      }
    },
    async put(id, keys) {
      const db = await open(factory);
      try {
        await request(db.transaction(STORE, "readwrite").objectStore(STORE).put(keys, id));
      } finally {
        db.close();
      }
    },
  };
}

function isKeyPair(value: unknown): value is CryptoKeyPair {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<CryptoKeyPair>;
  return v.privateKey instanceof CryptoKey && v.publicKey instanceof CryptoKey;
}

/** The key's name in the store: the profile as the key list names a person. */
export function keyNameOf(profile: { initials: string; organisation: string }): string {
  return `${identityForm(profile.initials)}|${identityForm(profile.organisation).trim().toLocaleLowerCase("nl")}`;
}

export interface ProfessionalKey {
  entryKey: EntryKey;
  keyId: string;
  /** SPKI base64: what the professional hands to the functional administrator. */
  publicKey: string;
  /** Made just now (first use of this profile here, or the store was wiped). */
  created: boolean;
}

/** The profile's key from the store, made and stored on first use. */
export async function professionalKey(
  store: KeyStore,
  profile: { initials: string; organisation: string },
  generate: () => Promise<CryptoKeyPair> = generateSigningKey,
): Promise<ProfessionalKey> {
  const name = keyNameOf(profile);
  let keys = await store.get(name);
  const created = keys === null;
  if (!keys) {
    keys = await generate();
    await store.put(name, keys);
  }
  return {
    entryKey: await entryKeyOf(keys),
    keyId: await keyIdOf(keys.publicKey),
    publicKey: await publicKeyText(keys.publicKey),
    created,
  };
}

/** "1a2b 3c4d 5e6f 7a8b": the key id in groups, to read out over the phone. */
export function fingerprintText(keyId: string): string {
  return keyId.replace(/(.{4})(?=.)/g, "$1 ");
}
