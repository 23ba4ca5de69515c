// Issue 27 item 1: an entry's seal signed with a professional's non-extractable key and checked
// against the organisation's key list (docs/ondertekening.md).
import {
  generateSigningKey,
  keyIdOf,
  signatureStatusText,
  signSeal,
  verifySeal,
  type ListedKey,
} from "../../src/domain";

const SEAL = "0abc1230def456";

async function listed(keys: CryptoKeyPair, extra: Partial<ListedKey> = {}): Promise<ListedKey> {
  return {
    initials: "PH",
    organisation: "Ambiq",
    keyId: await keyIdOf(keys.publicKey),
    publicKey: keys.publicKey,
    ...extra,
  };
}

describe("signed entries", () => {
  test("the private key cannot be exported, not even by the add-in", async () => {
    const keys = await generateSigningKey();
    await expect(globalThis.crypto.subtle.exportKey("pkcs8", keys.privateKey)).rejects.toThrow();
  });

  test("a signed seal verifies against the key list: 'ondertekend door PH (Ambiq), sleutel bekend'", async () => {
    const keys = await generateSigningKey();
    const signed = { hash: SEAL, day: "20200902", ...(await signSeal(SEAL, keys)) };
    const status = await verifySeal(signed, [await listed(keys)]);
    expect(status).toEqual({ kind: "known", initials: "PH", organisation: "Ambiq" });
    expect(signatureStatusText(status)).toBe("ondertekend door PH (Ambiq), sleutel bekend");
  });

  test("a seal changed after signing (the chain recomputed) does not verify", async () => {
    const keys = await generateSigningKey();
    const signed = { hash: SEAL, day: "20200902", ...(await signSeal(SEAL, keys)) };
    const status = await verifySeal({ ...signed, hash: "0abc1230def457" }, [await listed(keys)]);
    expect(status.kind).toBe("invalid");
    expect(signatureStatusText(status)).toMatch(/klopt niet/);
    expect((await verifySeal({ ...signed, signature: "geen base64!" }, [await listed(keys)])).kind).toBe("invalid");
  });

  test("a key not in the list, another person's key, a revoked key, no signature", async () => {
    const mine = await generateSigningKey();
    const theirs = await generateSigningKey();
    const signed = { hash: SEAL, day: "20201005", ...(await signSeal(SEAL, mine)) };
    // a new colleague before the next key list, or someone outside the region
    const unknown = await verifySeal(signed, [await listed(theirs)]);
    expect(signatureStatusText(unknown)).toBe("onbekende sleutel");
    // a signature made with one key, claimed under another key's id
    const claimed = await verifySeal({ ...signed, keyId: await keyIdOf(theirs.publicKey) }, [
      await listed(theirs, { initials: "ES", organisation: "Gemeente Hengelo" }),
    ]);
    expect(claimed).toMatchObject({ kind: "invalid", initials: "ES" });
    // a lost laptop: revoked from 1 October, so entries of 5 October are not trusted, of 30 September still are
    const revoked = await listed(mine, { revokedOn: "20201001" });
    expect(signatureStatusText(await verifySeal(signed, [revoked]))).toBe(
      "ondertekend met een sleutel van PH (Ambiq) die op 01-10-2020 is ingetrokken",
    );
    const before = { hash: SEAL, day: "20200930", ...(await signSeal(SEAL, mine)) };
    expect((await verifySeal(before, [revoked])).kind).toBe("known");
    expect(signatureStatusText(await verifySeal({ hash: SEAL, day: "20201005" }, [revoked]))).toBe("niet ondertekend");
  });
});
