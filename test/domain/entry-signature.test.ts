// Issue 27 item 1: each new entry signed with a professional's non-extractable key over its seal,
// checked against the organisations' signed key lists (docs/ondertekening.md). The four
// situations the design must answer (lost laptop, new colleague, revoked key, an organisation
// without the add-in) each have a test here.
import {
  checkChain,
  checkSignatures,
  createEntry,
  entryKeyOf,
  generateSigningKey,
  keyIdOf,
  loadKeyRing,
  newDataPart,
  parseDataPart,
  publicKeyText,
  sealNewEntries,
  sealOf,
  serializeDataPart,
  signatureStatusText,
  signKeyList,
  stampedByThisAddin,
  verifyEntry,
  type ChangeEntry,
  type DataPart,
  type KeyList,
  type KeyRing,
  type TrustAnchor,
} from "../../src/domain";

const PH = { initials: "PH", organisation: "Ambiq" };
const ES = { initials: "ES", organisation: "Gemeente Hengelo" };
const at = (month: number, day: number) => new Date(Date.UTC(2020, month - 1, day, 8));

interface Org {
  name: string;
  keys: CryptoKeyPair;
  anchor: TrustAnchor;
}

async function org(name: string): Promise<Org> {
  const keys = await generateSigningKey();
  return { name, keys, anchor: { organisation: name, publicKey: await publicKeyText(keys.publicKey) } };
}

async function listOf(o: Org, issued: string, keys: KeyList["keys"]) {
  return signKeyList(
    { format: "handreiking-regie-sleutellijst", version: 1, organisation: o.name, issued, keys },
    o.keys.privateKey,
    o.anchor.publicKey,
  );
}

const listed = async (initials: string, keys: CryptoKeyPair, revokedOn?: string) => ({
  initials,
  publicKey: await publicKeyText(keys.publicKey),
  ...(revokedOn ? { revokedOn } : {}),
});

/** Appends entries as commit() does: each write sealed (and signed with `key`, when given). */
async function write(
  data: DataPart,
  who: { initials: string; organisation: string },
  when: Date,
  key: CryptoKeyPair | null,
  extra: Partial<ChangeEntry> = {},
): Promise<DataPart> {
  const entry = { ...createEntry({ kind: "edit", description: "Gewijzigd." }, who, when), ...extra };
  return sealNewEntries(
    stampedByThisAddin({ ...data, changeLog: [...data.changeLog, entry] }),
    1,
    key ? await entryKeyOf(key) : null,
  );
}

const blank = (): DataPart => newDataPart({ templateId: "handreikingRegie", templateVersion: "1.0" });

async function texts(data: DataPart, ring: KeyRing): Promise<string[]> {
  return (await checkSignatures(data.changeLog, ring)).statuses.map(signatureStatusText);
}

describe("signed entries", () => {
  let ambiq: Org;
  let hengelo: Org;
  let ph: CryptoKeyPair;
  let es: CryptoKeyPair;
  let ring: KeyRing;
  beforeAll(async () => {
    [ambiq, hengelo, ph, es] = await Promise.all([
      org("Ambiq"),
      org("Gemeente Hengelo"),
      generateSigningKey(),
      generateSigningKey(),
    ]);
    ring = await loadKeyRing(
      {
        lists: [
          await listOf(ambiq, "20200801", [await listed("PH", ph)]),
          await listOf(hengelo, "20200801", [await listed("ES", es)]),
        ],
      },
      [ambiq.anchor, hengelo.anchor],
    );
  });

  test("the private key cannot be exported, not even by the add-in", async () => {
    await expect(globalThis.crypto.subtle.exportKey("pkcs8", ph.privateKey)).rejects.toThrow();
    await expect(globalThis.crypto.subtle.exportKey("jwk", ph.privateKey)).rejects.toThrow();
  });

  test("a signed entry: 'ondertekend door PH (Ambiq), sleutel bekend'; chain intact; kept through XML", async () => {
    const data = await write(blank(), PH, at(9, 2), ph);
    const entry = data.changeLog[0]!;
    expect(entry.keyId).toBe(await keyIdOf(ph.publicKey));
    expect(entry.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const parsed = parseDataPart(serializeDataPart(data));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data.changeLog[0]).toEqual(entry);
    expect((await checkChain(parsed.data.changeLog)).breaks).toEqual([]);
    expect(await texts(parsed.data, ring)).toEqual(["ondertekend door PH (Ambiq), sleutel bekend"]);
  });

  test("the seal covers the signature alike whether it is a known field or an unknown one (an older add-in)", async () => {
    const entry = (await write(blank(), PH, at(9, 2), ph)).changeLog[0]!;
    const { keyId, signature, ...rest } = entry;
    const ns = "urn:handreiking-regie:twente:form:1";
    const asForeign: ChangeEntry = {
      ...rest,
      foreign: [
        { ns, name: "keyId", attributes: [], content: [keyId!] },
        { ns, name: "signature", attributes: [], content: [signature!] },
      ],
    };
    expect(await sealOf(asForeign)).toBe(entry.seal);
  });

  test("changed after signing, even with the whole chain recomputed: 'handtekening klopt niet'", async () => {
    let data = await write(blank(), PH, at(9, 2), ph);
    data = await write(data, ES, at(9, 3), es);
    // someone without a key rewrites PH's entry and reseals the whole chain (the recipe is public)
    const forged = { ...data.changeLog[0]!, description: "Afgesproken: ES doet alles." };
    const resealed = await sealNewEntries({ ...data, changeLog: [forged, data.changeLog[1]!] }, 2);
    expect((await checkChain(resealed.changeLog)).breaks).toEqual([]); // the chain alone sees nothing
    // resealing drops the signatures: both entries are now unsigned where a signature was
    const check = await checkSignatures(resealed.changeLog, ring);
    expect(check.statuses.map((s) => s.kind)).toEqual(["unsigned", "unsigned"]);
    // keeping the signatures instead: they no longer fit
    const kept = { ...forged, keyId: data.changeLog[0]!.keyId, signature: data.changeLog[0]!.signature };
    expect(signatureStatusText(await verifyEntry(kept, ring))).toBe(
      "handtekening klopt niet: de regel is gewijzigd nadat PH (Ambiq) hem ondertekende",
    );
    expect((await verifyEntry({ ...kept, signature: "AAAA" }, ring)).kind).toBe("invalid");
  });

  test("after a verified entry, an unsigned entry of an organisation with a key list is a problem", async () => {
    let data = await write(blank(), PH, at(9, 2), ph);
    data = await write(data, ES, at(9, 3), null); // ES without a key: Hengelo has a list, so it is flagged
    data = await write(data, { initials: "JV", organisation: "Zorgaanbieder Zonder Lijst" }, at(9, 4), null);
    data = await write(data, PH, at(9, 5), null, { uncheckedCopy: true }); // taken from another copy: says so
    const check = await checkSignatures(data.changeLog, ring);
    expect(check.statuses.map(signatureStatusText)).toEqual([
      "ondertekend door PH (Ambiq), sleutel bekend",
      "niet ondertekend, terwijl eerdere regels ondertekend zijn en deze organisatie een sleutellijst heeft",
      "niet ondertekend",
      "niet ondertekend",
    ]);
    expect(check.problems).toEqual([1]);
    // before any verified entry, unsigned entries are older ones: no problem
    const older = await write(await write(blank(), ES, at(9, 1), null), PH, at(9, 2), ph);
    expect((await checkSignatures(older.changeLog, ring)).problems).toEqual([]);
  });

  test("a key listed for another person than the entry names is a problem", async () => {
    // ES signs an entry stamped as PH's
    const data = await write(blank(), PH, at(9, 2), es);
    const check = await checkSignatures(data.changeLog, ring);
    expect(signatureStatusText(check.statuses[0]!)).toBe(
      "ondertekend met de sleutel van ES (Gemeente Hengelo), niet van PH (Ambiq) die de regel noemt",
    );
    expect(check.problems).toEqual([0]);
  });

  test("lost laptop: the key revoked from the day of the report; entries before it stay known", async () => {
    let data = await write(blank(), PH, at(9, 30), ph);
    data = await write(data, PH, at(10, 5), ph); // made with the stolen laptop
    const after = await loadKeyRing(
      { lists: [await listOf(ambiq, "20201002", [await listed("PH", ph, "20201001")])] },
      [ambiq.anchor],
    );
    const check = await checkSignatures(data.changeLog, after);
    expect(check.statuses.map(signatureStatusText)).toEqual([
      "ondertekend door PH (Ambiq), sleutel bekend",
      "sleutel ingetrokken: ondertekend met een sleutel van PH (Ambiq) die op 01-10-2020 is ingetrokken",
    ]);
    expect(check.problems).toEqual([1]);
    // PH's new laptop: a new key in the same list, her new entries known again
    const laptop2 = await generateSigningKey();
    const renewed = await loadKeyRing(
      {
        lists: [
          await listOf(ambiq, "20201002", [await listed("PH", ph, "20201001"), await listed("PH", laptop2)]),
          // an older list served beside it (without the revocation) does not undo it
          await listOf(ambiq, "20200801", [await listed("PH", ph)]),
        ],
      },
      [ambiq.anchor],
    );
    data = await write(data, PH, at(10, 6), laptop2);
    expect((await checkSignatures(data.changeLog, renewed)).statuses.map((s) => s.kind)).toEqual([
      "known",
      "revoked",
      "known",
    ]);
  });

  test("new colleague: 'onbekende sleutel' until the next list, then known, her earlier entries too", async () => {
    const newKey = await generateSigningKey();
    const NB = { initials: "NB", organisation: "Ambiq" };
    const data = await write(await write(blank(), PH, at(9, 2), ph), NB, at(9, 3), newKey);
    expect(await texts(data, ring)).toEqual([
      "ondertekend door PH (Ambiq), sleutel bekend",
      "onbekende sleutel: de handtekening kan niet worden toegeschreven",
    ]);
    expect((await checkSignatures(data.changeLog, ring)).problems).toEqual([]);
    const next = await loadKeyRing(
      { lists: [await listOf(ambiq, "20200910", [await listed("PH", ph), await listed("NB", newKey)])] },
      [ambiq.anchor],
    );
    expect(await texts(data, next)).toEqual([
      "ondertekend door PH (Ambiq), sleutel bekend",
      "ondertekend door NB (Ambiq), sleutel bekend",
    ]);
  });

  test("an organisation without the add-in: its change recorded and signed by who recorded it", async () => {
    let data = await write(blank(), PH, at(9, 2), ph);
    // JV of an organisation without the add-in typed in the document; ES recorded it with the stamp
    data = await write(data, { initials: "JV", organisation: "Zorgaanbieder Zonder Invoegtoepassing" }, at(9, 3), es, {
      kind: "externalEdit",
      authorSource: "handStamp",
      recorderInitials: "ES",
      recorderOrganisation: "Gemeente Hengelo",
    });
    const check = await checkSignatures(data.changeLog, ring);
    expect(signatureStatusText(check.statuses[1]!)).toBe(
      "ondertekend door ES (Gemeente Hengelo), sleutel bekend; ES legde deze wijziging buiten het venster vast, de auteur zelf heeft niet ondertekend",
    );
    expect(check.problems).toEqual([]);
    // their change in a copy nobody recorded: unsigned, and no problem (that organisation has no list)
    data = await write(data, { initials: "JV", organisation: "Zorgaanbieder Zonder Invoegtoepassing" }, at(9, 4), null);
    expect((await checkSignatures(data.changeLog, ring)).statuses[2]).toEqual({ kind: "unsigned", expected: false });
  });

  test("no key list loaded: a signature is never called 'ondertekend door'", async () => {
    const none = await loadKeyRing({ lists: [] }, [ambiq.anchor]);
    expect(none.loaded).toBe(false);
    const data = await write(blank(), PH, at(9, 2), ph);
    expect(await texts(data, none)).toEqual(["handtekening niet gecontroleerd: er is geen sleutellijst geladen"]);
  });

  test("key lists: refused when not signed by the anchor of the organisation they name, or altered", async () => {
    // Hengelo's organisation key signs a list that claims to be Ambiq's
    const claimed = await signKeyList(
      {
        format: "handreiking-regie-sleutellijst",
        version: 1,
        organisation: "Ambiq",
        issued: "20200901",
        keys: [await listed("ES", es)],
      },
      hengelo.keys.privateKey,
      hengelo.anchor.publicKey,
    );
    const good = await listOf(ambiq, "20200801", [await listed("PH", ph)]);
    const altered = { ...good, list: good.list.replace('"PH"', '"ES"') };
    const stranger = await org("Ambiq");
    const notAnchored = await listOf(stranger, "20200901", [await listed("ES", es)]);
    const r = await loadKeyRing({ lists: [claimed, altered, notAnchored] }, [ambiq.anchor, hengelo.anchor]);
    expect(r.loaded).toBe(false);
    expect(r.keys).toEqual([]);
    expect(r.refused).toHaveLength(3);
    expect(r.refused[1]).toMatch(/handtekening onder de sleutellijst van Ambiq klopt niet/);
    expect((await loadKeyRing({ lists: "x" }, [ambiq.anchor])).refused).toEqual([
      "Het bestand met sleutellijsten is onleesbaar.",
    ]);
  });
});
