// The IndexedDB key store on an IndexedDB implementation (fake-indexeddb, which stores by structured
// clone as a browser does): the professional's non-extractable key survives closing the pane (a new
// store on the same database), stays non-extractable, and a second profile gets its own key.
import { webcrypto } from "crypto";
import { IDBFactory } from "fake-indexeddb";
import { indexedDbKeyStore, keyNameOf, professionalKey } from "../../src/taskpane/signing/key-store";

// jsdom has no CryptoKey class of its own; the keys are Node's WebCrypto keys (test/setup-jest.ts gives crypto.subtle)
beforeAll(async () => {
  const probe = await webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
  Object.assign(globalThis, { CryptoKey: probe.privateKey.constructor });
});

const PH = { initials: "PH", organisation: "Ambiq" };
const ES = { initials: "ES", organisation: "Gemeente Hengelo" };

test("a key made once is found again after the pane closed, and cannot be read out", async () => {
  const factory = new IDBFactory();
  const first = await professionalKey(indexedDbKeyStore(factory), PH);
  expect(first.created).toBe(true);
  const again = await professionalKey(indexedDbKeyStore(factory), PH);
  expect(again.created).toBe(false);
  expect(again.keyId).toBe(first.keyId);
  expect(again.publicKey).toBe(first.publicKey);
  const stored = await indexedDbKeyStore(factory).get(keyNameOf(PH));
  expect(stored?.privateKey.extractable).toBe(false);
  await expect(webcrypto.subtle.exportKey("pkcs8", stored!.privateKey as webcrypto.CryptoKey)).rejects.toThrow();
});

test("each profile has its own key; an empty database has none", async () => {
  const factory = new IDBFactory();
  expect(await indexedDbKeyStore(factory).get(keyNameOf(ES))).toBeNull();
  const ph = await professionalKey(indexedDbKeyStore(factory), PH);
  const es = await professionalKey(indexedDbKeyStore(factory), ES);
  expect(es.created).toBe(true);
  expect(es.keyId).not.toBe(ph.keyId);
});
