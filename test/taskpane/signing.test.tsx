/** @jest-environment jsdom */
// Signed entries in the pane (docs/ondertekening.md): the profile screen shows the key to hand to IT, the Word layer
// gets the key, and the log shows each entry's signature status — never "ondertekend door" unless it verified, and
// saying so when no key list is loaded. On the real Word layer: entries written, merged and forged in the document.
import { screen, waitFor, within } from "@testing-library/react";
import { TextEncoder } from "util";
import {
  entryKeyOf,
  generateSigningKey,
  NO_KEY_RING,
  publicKeyText,
  sealNewEntries,
  serializeDataPart,
  type ChangeEntry,
  type EntryKey,
} from "../../src/domain";
import { readCopy } from "../../src/document/read-data-part";
import type { WordHost } from "word-host";
import { dataPartInFile, ES, PLAIN, replaceDataParts, startHost } from "handreiking-fixtures/harness";
import { fingerprintText, keyNameOf, memoryKeyStore } from "../../src/taskpane/signing/key-store";
import { NO_KEY_LIST } from "../../src/taskpane/components/SignatureSummary";
import { ambiqRingFor } from "../keys/key-lists";
import {
  expectNoAxeViolations,
  JV,
  PETRA,
  renderFormOnWord,
  renderOnWord,
  stopHost,
  wordGateway,
  writeAs,
} from "./helpers";
import { setSigningKey, signingKey } from "../../src/word/signing-key";

afterEach(stopHost);

// jsdom lacks TextEncoder; WebCrypto comes from Node (test/setup-jest.ts or Node's global)
if (typeof globalThis.TextEncoder === "undefined")
  Object.defineProperty(globalThis, "TextEncoder", { value: TextEncoder, configurable: true });

/** Written through the Word layer: PH converts and later fills in a box signing with `ph`, JV (Wijkteam Hengelo, no
 * key) fills in a box between: newest first, PH signed, JV unsigned, PH signed. */
function signedInWord(ph: CryptoKeyPair): () => Promise<void> {
  return async () => {
    setSigningKey(await entryKeyOf(ph));
    await wordGateway(new Date("2020-09-01T09:00:00Z")).convert(PETRA);
    setSigningKey(null);
    await writeAs(JV, "hulpvraag", "Rust in het gezin.", new Date("2020-09-02T09:00:00Z"));
    setSigningKey(await entryKeyOf(ph));
    await writeAs(PETRA, "zorgen", "Schoolverzuim", new Date("2020-09-03T09:00:00Z"));
    setSigningKey(null);
  };
}

/**
 * Someone with the file changes the entry that set `box` in the data part with a zip tool: the time of day, which the
 * visible log does not show, so both logs still agree. The chain's recipe is public, so the forger seals the entry and
 * those after it again; a signature cannot be made without the key, so the forged entry keeps its old one.
 */
async function forgedInDataPart(host: WordHost, pick: (log: readonly ChangeEntry[]) => number): Promise<void> {
  const data = await dataPartInFile(host);
  if (!data) throw new Error("no data part");
  const log = [...data.changeLog];
  const index = pick(log);
  const old = log[index]!;
  log[index] = { ...old, timestamp: old.timestamp.replace(/T\d\d/, "T23") };
  const copied: EntryKey | null =
    old.keyId && old.signature ? { keyId: old.keyId, sign: () => Promise.resolve(old.signature!) } : null;
  // a copied signature fits only the entry it came from: here the forged entry is the newest, or nothing is signed
  expect(copied === null || index === log.length - 1).toBe(true);
  const forged = await sealNewEntries({ ...data, changeLog: log }, log.length - index, copied);
  replaceDataParts(host, serializeDataPart(forged));
}

/** A form ES converted, merged by ES with the copy in which PH (signing) filled in 'zorgen', JV (no key)
 * 'hulpvraag', then PH 'gaatGoed'. */
async function mergedSignedCopy(ph: CryptoKeyPair): Promise<Uint8Array> {
  const start = await startHost("web", PLAIN);
  await wordGateway(new Date("2020-09-01T09:00:00Z")).convert(ES);
  const ancestor = await start.saveDocx();
  const other = await startHost("web", ancestor);
  setSigningKey(await entryKeyOf(ph));
  await writeAs(PETRA, "zorgen", "Schoolverzuim", new Date("2020-09-02T09:00:00Z"));
  setSigningKey(null);
  await writeAs(JV, "hulpvraag", "Rust in het gezin.", new Date("2020-09-03T09:00:00Z"));
  setSigningKey(await entryKeyOf(ph));
  await writeAs(PETRA, "gaatGoed", "Opa helpt mee", new Date("2020-09-04T09:00:00Z"));
  setSigningKey(null);
  const copy = await readCopy(await other.saveDocx());
  if (!copy.ok) throw new Error(copy.error);
  const here = await startHost("web", ancestor);
  const gateway = wordGateway(new Date("2020-09-05T09:00:00Z"));
  await gateway.open();
  await gateway.mergeCopy({ data: copy.data, boxTexts: copy.boxTexts }, {}, ES);
  return here.saveDocx();
}

const entries = () =>
  within(screen.getByRole("list", { name: "Wijzigingen, nieuwste eerst" })).getAllByRole("listitem");

describe("signing in the pane", () => {
  test("profile screen: the key is made once per profile, its fingerprint and public key shown; the Word layer signs with it", async () => {
    const map = new Map<string, CryptoKeyPair>();
    const { user, container } = await renderFormOnWord({
      signing: { keyStore: memoryKeyStore(map), keyRing: () => Promise.resolve(NO_KEY_RING) },
    });
    await waitFor(() => expect(signingKey()).not.toBeNull());
    expect(map.size).toBe(1);
    const keys = map.get(keyNameOf({ initials: "PH", organisation: "Ambiq" }))!;
    const entryKey = await entryKeyOf(keys);
    expect(signingKey()?.keyId).toBe(entryKey.keyId);
    await user.click(screen.getByRole("button", { name: "Wijzigen" }));
    expect(await screen.findByRole("heading", { name: "Uw sleutel voor ondertekenen" })).toBeInTheDocument();
    expect(screen.getByText(fingerprintText(entryKey.keyId))).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Publieke sleutel" })).toHaveValue(await publicKeyText(keys.publicKey));
    await expectNoAxeViolations(container);
    expect(map.size).toBe(1); // the same key, not a new one per render
  });

  test("a key store that fails: the pane says entries are not signed", async () => {
    await renderFormOnWord({
      signing: {
        keyStore: { get: () => Promise.reject(new Error("geen IndexedDB")), put: () => Promise.resolve() },
        keyRing: () => Promise.resolve(NO_KEY_RING),
      },
    });
    expect(await screen.findByText(/uw wijzigingen worden niet ondertekend/)).toBeInTheDocument();
    expect(signingKey()).toBeNull();
  });

  test("the log: per entry its status; known keys named, others not", async () => {
    const ph = await generateSigningKey();
    const ring = await ambiqRingFor(ph);
    const { user, container } = await renderFormOnWord({
      doc: "plain",
      prepare: signedInWord(ph),
      signing: { keyStore: memoryKeyStore(), keyRing: () => Promise.resolve(ring) },
    });
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    await screen.findAllByText(/^Ondertekening:/);
    const items = entries();
    expect(items[0]).toHaveTextContent("Ondertekening: ondertekend door PH (Ambiq), sleutel bekend");
    expect(items[1]).toHaveTextContent("Ondertekening: niet ondertekend"); // JV: Wijkteam Hengelo has no list
    expect(items[2]).toHaveTextContent("Ondertekening: ondertekend door PH (Ambiq), sleutel bekend");
    expect(screen.queryByText(/de ondertekening niet/)).toBeNull();
    await expectNoAxeViolations(container);
  });

  test("a signed entry changed outside the add-in: 'handtekening klopt niet', and the log says a line is wrong", async () => {
    const ph = await generateSigningKey();
    const ring = await ambiqRingFor(ph);
    const { user } = await renderFormOnWord({
      doc: "plain",
      prepare: async (host) => {
        await signedInWord(ph)();
        await forgedInDataPart(host, (log) => log.length - 1);
      },
      signing: { keyStore: memoryKeyStore(), keyRing: () => Promise.resolve(ring) },
    });
    // shown with the problems on opening too, before the Logboek is opened
    const warning = await screen.findByText("Het document is niet helemaal in orde");
    expect(warning.closest("[role=group], .fui-MessageBar") ?? warning.parentElement).toHaveTextContent(
      "Bij 1 logregel klopt de ondertekening niet (03-09-2020, PH (Ambiq): handtekening klopt niet: de regel is gewijzigd nadat PH (Ambiq) hem ondertekende).",
    );
    expect(screen.queryByRole("button", { name: "Herstellen" })).toBeNull(); // a repair cannot make it fit
    // the chain was sealed again by the forger: only the signature gives it away, not the log's two sides
    expect(screen.queryByRole("list", { name: /zichtbare logboek/ })).toBeNull();
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    expect(
      await screen.findByText("Bij 1 regel klopt de ondertekening niet; zie ‘Ondertekening’ bij de regel."),
    ).toBeInTheDocument();
    const items = entries();
    expect(items[0]).toHaveTextContent(
      "handtekening klopt niet: de regel is gewijzigd nadat PH (Ambiq) hem ondertekende",
    );
    // PH's other entry, not changed, still verifies
    expect(items.at(-1)).toHaveTextContent("Ondertekening: ondertekend door PH (Ambiq), sleutel bekend");
  });

  test("adopted from another copy: a verified signature replaces 'ongecontroleerd in de andere kopie'", async () => {
    const ph = await generateSigningKey();
    const ring = await ambiqRingFor(ph);
    // ES merges a copy in which PH signed two boxes and JV (no key) wrote one between them; then PH's older adopted
    // entry is changed in the data part and the chain sealed again (the recipe is public)
    const { user } = await renderFormOnWord({
      doc: await mergedSignedCopy(ph),
      prepare: (host) => forgedInDataPart(host, (log) => log.findIndex((e) => e.signedAs !== undefined)),
      signing: { keyStore: memoryKeyStore(), keyRing: () => Promise.resolve(ring) },
    });
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    await screen.findAllByText(/^Ondertekening:/);
    const entryOf = (dayAndWho: RegExp) => {
      const found = entries().filter((item) => dayAndWho.test(item.textContent ?? ""));
      expect(found).toHaveLength(1);
      return found[0]!;
    };
    const newer = entryOf(/^04-09-2020 · PH/);
    expect(newer).toHaveTextContent(
      "Ondertekening: ondertekend door PH (Ambiq), sleutel bekend — overgenomen uit een andere kopie",
    );
    expect(newer).not.toHaveTextContent("ongecontroleerd in de andere kopie");
    // JV's entry was not signed: it stays unchecked
    const jv = entryOf(/^03-09-2020 · JV/);
    expect(jv).toHaveTextContent("ongecontroleerd in de andere kopie");
    expect(jv).toHaveTextContent("Ondertekening: niet ondertekend");
    // the older, changed after PH signed it: unchecked, and its signature does not fit
    const older = entryOf(/^02-09-2020 · PH/);
    expect(older).toHaveTextContent("ongecontroleerd in de andere kopie");
    expect(older).toHaveTextContent("handtekening klopt niet: de regel is gewijzigd nadat PH (Ambiq) hem ondertekende");
  });

  test("no key list loaded: said so, and no entry is called 'ondertekend door'", async () => {
    const ph = await generateSigningKey();
    const { user } = await renderFormOnWord({ doc: "plain", prepare: signedInWord(ph) });
    await user.click(screen.getByRole("tab", { name: "Logboek" }));
    expect(await screen.findByText(new RegExp(NO_KEY_LIST.slice(0, 40)))).toBeInTheDocument();
    await screen.findAllByText(/^Ondertekening:/);
    // per entry (LOG_MEANING above the list explains the words "ondertekend door …" in general)
    for (const item of entries()) expect(item).not.toHaveTextContent(/ondertekend door/);
    expect(entries()[0]).toHaveTextContent("handtekening niet gecontroleerd: er is geen sleutellijst geladen");
  });

  test("no profile yet: no key is made and nothing is shown about one", async () => {
    const map = new Map<string, CryptoKeyPair>();
    await renderOnWord({
      doc: "empty",
      stored: null,
      signing: { keyStore: memoryKeyStore(map), keyRing: () => Promise.resolve(NO_KEY_RING) },
    });
    expect(await screen.findByRole("textbox", { name: /Initialen/ })).toBeInTheDocument();
    expect(map.size).toBe(0);
    expect(screen.queryByRole("heading", { name: "Uw sleutel voor ondertekenen" })).toBeNull();
  });
});
