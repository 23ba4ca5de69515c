// Signed entries through the Word layer: with the pane's key set, every entry a write adds is
// signed while it is sealed, in the same round trips as before (docs/ondertekening.md).
import {
  checkChain,
  checkSignatures,
  verifiedAdopted,
  type Profile,
  entryKeyOf,
  generateSigningKey,
  loadKeyRing,
  publicKeyText,
  signKeyList,
  signatureStatusText,
  type KeyRing,
} from "../../src/domain";
import { setSigningKey } from "../../src/word/signing-key";
import { readCopy } from "../../src/document/read-data-part";
import { convertDocument } from "../../src/word/convert";
import {
  caps,
  dataPartInFile,
  gatewayFor,
  PH,
  PLAIN,
  PROFILES,
  startHost,
  stopHost,
} from "handreiking-fixtures/harness";

let key: CryptoKeyPair;
let ring: KeyRing;
beforeAll(async () => {
  key = await generateSigningKey();
  const org = await generateSigningKey();
  const orgPublic = await publicKeyText(org.publicKey);
  const list = await signKeyList(
    {
      format: "handreiking-regie-sleutellijst",
      version: 1,
      organisation: "Ambiq",
      issued: "20200801",
      keys: [{ initials: "PH", publicKey: await publicKeyText(key.publicKey) }],
    },
    org.privateKey,
    orgPublic,
  );
  ring = await loadKeyRing({ lists: [list] }, [{ organisation: "Ambiq", publicKey: orgPublic }]);
});
afterEach(() => {
  setSigningKey(null);
  stopHost();
});

describe.each(PROFILES)("signed writes (%s)", (profile) => {
  test("convert and a box write sign their entries, with no extra round trip", async () => {
    const host = await startHost(profile, PLAIN);
    setSigningKey(await entryKeyOf(key));
    const gateway = gatewayFor();
    host.syncCount = 0;
    await Word.run((ctx) => convertDocument(ctx, caps(), { signer: PH, now: new Date("2020-09-01T10:00:00Z") }));
    expect(host.syncCount).toBe(2); // as convert.test.ts: the same two round trips
    await gateway.open();
    host.syncCount = 0;
    await gateway.writeBox("hulpvraag", "Rust in huis.", PH);
    expect(host.syncCount).toBe(1);
    const stored = await dataPartInFile(host);
    const log = stored?.changeLog ?? [];
    expect(log.length).toBeGreaterThanOrEqual(2);
    const check = await checkSignatures(log, ring);
    expect(check.statuses.map(signatureStatusText)).toEqual(
      log.map(() => "ondertekend door PH (Ambiq), sleutel bekend"),
    );
    // the signed document opens without a problem
    expect((await gateway.open()).problems).toEqual([]);
  });

  test("a merge keeps the other copy's signatures verifiable: 'overgenomen uit een andere kopie'", async () => {
    const ES: Profile = { initials: "ES", organisation: "Gemeente Hengelo", name: "" };
    const start = await startHost(profile, PLAIN);
    await gatewayFor().convert(ES);
    const ancestor = await start.saveDocx();
    // the other copy: PH writes a box, signed
    const hostB = await startHost(profile, ancestor);
    setSigningKey(await entryKeyOf(key));
    const b = gatewayFor();
    await b.open();
    await b.writeBox("hulpvraag", "Rust in huis.", PH);
    const copyB = await readCopy(await hostB.saveDocx());
    if (!copyB.ok) throw new Error(copyB.error);
    // this copy: ES, without a key, takes it over
    setSigningKey(null);
    const hostA = await startHost(profile, ancestor);
    const a = gatewayFor();
    await a.open();
    await a.mergeCopy({ data: copyB.data, boxTexts: copyB.boxTexts }, {}, ES);
    const log = (await dataPartInFile(hostA))?.changeLog ?? [];
    expect((await checkChain(log)).breaks).toEqual([]);
    const adopted = log.findIndex((e) => e.uncheckedCopy);
    expect(log[adopted]?.signedAs).toBeDefined();
    const statuses = (await checkSignatures(log, ring)).statuses;
    expect(signatureStatusText(statuses[adopted]!)).toBe(
      "ondertekend door PH (Ambiq), sleutel bekend — overgenomen uit een andere kopie",
    );
    expect(statuses.filter(verifiedAdopted)).toHaveLength(1);
    expect((await a.open()).problems).toEqual([]);
  });

  test("without a key the entries are written unsigned, as before", async () => {
    const host = await startHost(profile, PLAIN);
    await gatewayFor().convert(PH);
    const stored = await dataPartInFile(host);
    expect(stored?.changeLog.every((e) => e.signature === undefined && e.keyId === undefined)).toBe(true);
  });
});
